package org.tellus.network;

import java.time.Instant;

/** A member, a request or an invitation, as a facilitator sees it. */
public record MemberRow(long userId, String displayName, MembershipStatus status, String message, Instant since) {
}
