package org.tellus.network.forum;

/**
 * Published after a facilitator hides a post; the reason is the one shown to the author. {@code link} is the route
 * of the thread the post belongs to.
 */
public record PostHidden(long postId, long threadId, long networkId, long authorId, String reason, String link) {
}
