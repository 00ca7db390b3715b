package org.tellus.base.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

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
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM_USER, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(String role, Runnable work) {
        runAs(role, () -> {
            work.run();
            return null;
        });
    }
}
