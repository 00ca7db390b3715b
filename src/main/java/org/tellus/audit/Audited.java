package org.tellus.audit;

/**
 * Published by a feature when an officer or administrator (or the system on their behalf) changes or exposes data:
 * the audit trail records it with who, when and from where. {@code action} is one of {@link AuditActions};
 * {@code target} says what it was done to ("consultation 12: Parks"), {@code detail} anything else worth keeping;
 * {@code actor} only when nobody is signed in yet (a sign-in), else null for the signed-in user.
 */
public record Audited(String action, String target, String detail, String actor) {

    /** Done by whoever is signed in now. */
    public Audited(String action, String target, String detail) {
        this(action, target, detail, null);
    }

    public Audited(String action, String target) {
        this(action, target, null, null);
    }
}
