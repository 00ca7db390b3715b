package org.tellus.network.forum;

import java.time.Instant;

/** A line of a forum's list of threads; {@code title} is null when the opening post is hidden from the caller. */
public record ForumThreadRow(long id, String title, String authorName, int replyCount, Instant lastActivityAt,
                             boolean pinned, boolean locked, boolean hidden) {
}
