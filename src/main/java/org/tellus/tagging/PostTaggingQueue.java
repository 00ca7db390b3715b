package org.tellus.tagging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tellus.tagging.engine.ThemeTag;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Forum posts waiting for the active model: never tagged, tagged by another version, or edited since. Deleted
 * posts are skipped (their tags go with them in insight, which reads only live posts). Claimed like answers in
 * {@link TaggingQueue}, with {@code FOR UPDATE SKIP LOCKED}; reads the forum's tables directly for the same reason.
 */
@Repository
class PostTaggingQueue {

    record PendingPost(long postId, String text, Timestamp editedAt) {
    }

    private final JdbcTemplate jdbc;

    PostTaggingQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside a transaction: the claimed rows stay locked until it ends. */
    List<PendingPost> claim(String activeVersion, int limit) {
        return jdbc.query("SELECT p.post_id, p.body_source, p.edited_at" + PENDING + "ORDER BY p.post_id LIMIT ? FOR UPDATE SKIP LOCKED",
                (rs, n) -> new PendingPost(rs.getLong(1), rs.getString(2), rs.getTimestamp(3)), activeVersion, limit);
    }

    long pendingCount(String activeVersion) {
        return jdbc.queryForObject("SELECT COUNT(*)" + PENDING, Long.class, activeVersion);
    }

    private static final String PENDING = """
             FROM live_forum_post p
            LEFT JOIN post_tagging t ON t.post_id = p.post_id
            WHERE t.post_id IS NULL OR t.model_version <> ? OR NOT (t.edited_at <=> p.edited_at)
            """;

    /** Replaces the machine's tags of these posts with the new ones, and records the version that made them. */
    void store(List<PendingPost> posts, List<List<ThemeTag>> tags, String version, Set<String> knownThemes) {
        if (posts.isEmpty()) {
            return;
        }
        String ids = String.join(",", Collections.nCopies(posts.size(), "?"));
        jdbc.update("DELETE FROM post_machine_tag WHERE post_id IN (" + ids + ")",
                posts.stream().map(PendingPost::postId).toArray());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            for (ThemeTag tag : tags.get(i)) {
                if (knownThemes.contains(tag.themeId())) {
                    rows.add(new Object[]{posts.get(i).postId(), tag.themeId(), tag.confidence(),
                            TaggingQueue.truncate(tag.explanation()), version});
                }
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO post_machine_tag (post_id, theme_id, confidence, explanation, model_version)
                VALUES (?, ?, ?, ?, ?)""", rows);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("""
                INSERT INTO post_tagging (post_id, model_version, edited_at, tagged_at) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE model_version = VALUES(model_version), edited_at = VALUES(edited_at),
                                        tagged_at = VALUES(tagged_at)""",
                posts.stream().map(p -> new Object[]{p.postId(), version, p.editedAt(), now}).toList());
    }

    /** The machine's themes of one post, most confident first. */
    List<AnswerThemes.MachineTag> themesOfPost(long postId) {
        return jdbc.query("SELECT theme_id, confidence, explanation FROM post_machine_tag WHERE post_id = ? ORDER BY confidence DESC",
                (r, n) -> new AnswerThemes.MachineTag(r.getString(1), r.getDouble(2), r.getString(3)), postId);
    }
}
