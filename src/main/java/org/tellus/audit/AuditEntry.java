package org.tellus.audit;

import java.time.Instant;

/** One line of the audit trail. */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String detail, String address) {
}
