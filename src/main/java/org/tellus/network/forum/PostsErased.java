package org.tellus.network.forum;

import java.util.List;

/**
 * Published inside the transaction that erased an author's posts (decision 031): what other features derived from
 * their text (the tagger's themes, explaining words and sentence vectors) must go in the same transaction.
 */
public record PostsErased(List<Long> postIds) {

    public PostsErased {
        postIds = List.copyOf(postIds);
    }
}
