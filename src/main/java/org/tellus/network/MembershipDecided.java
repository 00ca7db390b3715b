package org.tellus.network;

/**
 * Published when a facilitator decides about someone's membership: a request approved or declined, an invitation
 * sent, a member removed. {@code message} is what the facilitator wrote (for a removal, the reason), or null.
 * Listeners act after the decision has committed.
 */
public record MembershipDecided(long networkId, String networkName, String networkSlug, long userId,
                                MembershipAction action, String message) {
}
