package org.tellus.network;

import java.time.Instant;

/** A removal from the membership log: who was removed, by whom, when and why. */
public record RemovalRecord(long userId, String member, String removedBy, String reason, Instant at) {
}
