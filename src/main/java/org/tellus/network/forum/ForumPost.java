package org.tellus.network.forum;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A post as the caller may see it.
 *
 * @param html          safe HTML to show, or null when the caller sees a placeholder (deleted, or hidden from them)
 * @param source        what the author typed, only for the author (to edit it), else null
 * @param hiddenReason  why a facilitator hid it, for its author and moderators only
 * @param reactions     how many people gave each reaction
 * @param myReactions   the reactions the caller gave
 */
public record ForumPost(long id, long threadId, String authorName, String html, String source, Instant createdAt,
                        Instant editedAt, PostState state, String hiddenReason, boolean mine,
                        Map<Reaction, Long> reactions, Set<Reaction> myReactions) {

    public ForumPost {
        reactions = Map.copyOf(reactions);
        myReactions = Set.copyOf(myReactions);
    }

    public long count(Reaction reaction) {
        return reactions.getOrDefault(reaction, 0L);
    }
}
