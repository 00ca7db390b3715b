package org.tellus.network.forum;

import java.time.Instant;

/** One of a person's forum posts, as they download it with their data: what they typed, when, and its state. */
public record ForumPostData(long postId, long threadId, long networkId, boolean opensThread, String text,
                            Instant createdAt, Instant editedAt, boolean deleted, boolean hidden) {
}
