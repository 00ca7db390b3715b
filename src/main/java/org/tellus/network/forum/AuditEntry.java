package org.tellus.network.forum;

import java.time.Instant;

/**
 * A line of the audit log: a moderation action, or a removal from a network's membership log.
 *
 * @param action  a {@link ModerationAction} name, or REMOVE_MEMBER
 * @param subject what it was done to: a thread title, a post's first words or a member's name
 */
public record AuditEntry(Instant at, String networkName, String actorName, String action, String subject,
                         String reason) {
}
