package org.tellus.base.security;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs start-up and background work (seeding, imports, tagging) under a named system identity, so the
 * services' access rules hold for them too instead of being bypassed.
 */
public final class SystemTask {

    public static final String SYSTEM_USER = "system";

    private SystemTask() {
    }

    public static <T> T runAs(String role, Supplier<T> work) {
        return RunAs.user(SYSTEM_USER, List.of(role), work);
    }

    public static void runAs(String role, Runnable work) {
        runAs(role, () -> {
            work.run();
            return null;
        });
    }
}
