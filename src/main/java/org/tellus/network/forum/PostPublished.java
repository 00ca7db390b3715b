package org.tellus.network.forum;

/**
 * Published after a forum post (a thread's opening post or a reply) is stored or edited, once the transaction has
 * committed. Tagging listens for it so that network conversations are themed like survey answers.
 */
public record PostPublished(long postId, long threadId, long networkId, long authorId, boolean edited) {
}
