package org.tellus.network;

import java.time.Instant;

/** One of a person's memberships, requests or invitations, as they download it with their data. */
public record MembershipData(long networkId, String networkName, MembershipStatus status, String message,
                             String reason, Instant updatedAt) {
}
