package org.tellus.audit;

import java.time.LocalDate;

/** What the administrator searches the trail for; every part may be null (no restriction). */
public record AuditFilter(String action, String actor, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
