package org.tellus.audit;

/**
 * Published by a feature when an officer or administrator (or the system on their behalf) changes or exposes data:
 * the audit trail records it with who, when and from where. {@code action} is one of {@link AuditActions};
 * {@code target} says what it was done to ("consultation 12: Parks"), {@code detail} anything else worth keeping.
 */
public record Audited(String action, String target, String detail) {

    public Audited(String action, String target) {
        this(action, target, null);
    }
}
