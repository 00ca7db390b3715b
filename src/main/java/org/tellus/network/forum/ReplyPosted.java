package org.tellus.network.forum;

import java.util.Set;

/**
 * Published after a reply is stored. {@code participantIds} are the other people who have posted in the thread
 * (never the author), so that notifications need not read the forum's tables; {@code link} is the thread's route.
 */
public record ReplyPosted(long postId, long threadId, long networkId, String threadTitle, long authorId,
                          Set<Long> participantIds, String link) {

    public ReplyPosted {
        participantIds = Set.copyOf(participantIds);
    }
}
