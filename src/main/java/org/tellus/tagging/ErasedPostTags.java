package org.tellus.tagging;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tellus.network.forum.PostsErased;

/**
 * An erased author's posts lose what the tagger kept of their text: themes with their explaining words, which model
 * read them, and their sentence vectors. Synchronous, in the erasure's own transaction (not after commit like the
 * tagging listeners): an erasure that commits leaves none of it, one that rolls back keeps all of it.
 */
@Component
class ErasedPostTags {

    private final JdbcClient jdbc;

    ErasedPostTags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PostsErased erased) {
        if (erased.postIds().isEmpty()) {
            return;
        }
        for (String table : java.util.List.of("post_machine_tag", "post_tagging", "post_embedding")) {
            jdbc.sql("DELETE FROM " + table + " WHERE post_id IN (:ids)").param("ids", erased.postIds()).update();
        }
    }
}
