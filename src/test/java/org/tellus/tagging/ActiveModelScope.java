package org.tellus.tagging;

import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;

/**
 * For a test that must change which model is in use (the active model is one for the whole application): notes
 * the version in use, and on {@link #close()} uses it again, also when the test fails half-way. Use it in a
 * try-with-resources block around anything that may activate another version.
 */
public final class ActiveModelScope implements AutoCloseable {

    private final TaggingService tagging;
    private final String before;

    private ActiveModelScope(TaggingService tagging) {
        this.tagging = tagging;
        this.before = SystemTask.runAs(Roles.OFFICER, tagging::activeVersion);
    }

    public static ActiveModelScope open(TaggingService tagging) {
        return new ActiveModelScope(tagging);
    }

    /** The version in use when the scope opened. */
    public String before() {
        return before;
    }

    @Override
    public void close() {
        SystemTask.runAs(Roles.OFFICER, () -> {
            if (!tagging.activeVersion().equals(before)) {
                tagging.activate(before);
            }
        });
    }
}
