package org.tellus.review;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tellus.tagging.engine.LabelledText;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Officers' decisions: one {@code answer_review} row per reviewed answer and one {@code officer_tag} row per
 * theme the officer gave it. The machine's tags are never touched here.
 */
@Repository
class Decisions {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    /** For JDBC batches only, which JdbcClient does not offer (decision 017). */
    private final JdbcTemplate batches;

    Decisions(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    boolean isReviewableAnswer(long answerId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM submitted_text_answer WHERE answer_id = ?""").params(answerId).query(Integer.class).single() > 0;
    }

    /** Records (or replaces) the officer's themes for one answer. */
    void decide(long answerId, Collection<String> themeIds, String officer, Instant at) {
        jdbc.sql("""
                INSERT INTO answer_review (answer_id, reviewed_by, reviewed_at) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE reviewed_by = VALUES(reviewed_by), reviewed_at = VALUES(reviewed_at)""")
                .params(answerId, officer, Timestamp.from(at)).update();
        jdbc.sql("DELETE FROM officer_tag WHERE answer_id = ?").params(answerId).update();
        batches.batchUpdate("INSERT INTO officer_tag (answer_id, theme_id) VALUES (?, ?)",
                themeIds.stream().distinct().map(theme -> new Object[]{answerId, theme}).toList());
    }

    /**
     * The officer accepts the machine's tags of these answers as they are. An answer someone reviewed meanwhile
     * keeps that decision. Returns how many answers were accepted.
     */
    int acceptMachineTags(List<Long> answerIds, String officer, Instant at) {
        int accepted = 0;
        Timestamp now = Timestamp.from(at);
        for (int from = 0; from < answerIds.size(); from += CHUNK) {
            List<Long> chunk = answerIds.subList(from, Math.min(answerIds.size(), from + CHUNK));
            int[] inserted = batches.batchUpdate("INSERT IGNORE INTO answer_review (answer_id, reviewed_by, reviewed_at) VALUES (?, ?, ?)",
                    chunk.stream().map(id -> new Object[]{id, officer, now}).toList());
            List<Long> ours = new ArrayList<>();
            for (int i = 0; i < inserted.length; i++) {
                // The driver may report "succeeded, count unknown" (-2) for a batch; only 0 means ignored.
                if (inserted[i] != 0) {
                    ours.add(chunk.get(i));
                }
            }
            if (!ours.isEmpty()) {
                jdbc.sql("INSERT INTO officer_tag (answer_id, theme_id) SELECT answer_id, theme_id FROM machine_answer_theme WHERE answer_id IN ("
                        + String.join(",", Collections.nCopies(ours.size(), "?")) + ")")
                        .params(ours.toArray()).update();
            }
            accepted += ours.size();
        }
        return accepted;
    }

    List<OfficerDecision> ofResponse(long responseId) {
        return grouped("""
                SELECT ar.answer_id, ar.reviewed_by, ar.reviewed_at, ot.theme_id FROM response_answer a
                JOIN answer_review ar ON ar.answer_id = a.answer_id
                LEFT JOIN officer_tag ot ON ot.answer_id = ar.answer_id
                WHERE a.response_id = ? ORDER BY ar.answer_id, ot.theme_id""", responseId);
    }

    Map<Long, LabelledText> labelledAnswers() {
        Map<Long, String> texts = new LinkedHashMap<>();
        Map<Long, Set<String>> themes = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT ar.answer_id, a.text, ot.theme_id FROM answer_review ar
                JOIN submitted_text_answer a ON a.answer_id = ar.answer_id
                LEFT JOIN officer_tag ot ON ot.answer_id = ar.answer_id
                ORDER BY ar.answer_id""").query(rs -> {
            long id = rs.getLong(1);
            texts.putIfAbsent(id, rs.getString(2));
            Set<String> set = themes.computeIfAbsent(id, k -> new TreeSet<>());
            if (rs.getString(3) != null) {
                set.add(rs.getString(3));
            }
        });
        Map<Long, LabelledText> labelled = new LinkedHashMap<>();
        texts.forEach((id, text) -> labelled.put(id, new LabelledText("answer-" + id, text, themes.get(id))));
        return labelled;
    }

    long countSince(Instant after) {
        return jdbc.sql("SELECT COUNT(*) FROM answer_review WHERE reviewed_at > ?")
                .params(Timestamp.from(after)).query(Long.class).single();
    }

    /** Moves officers' tags from one theme to another; an answer that had both keeps one. */
    void moveTheme(String fromThemeId, String intoThemeId) {
        jdbc.sql("""
                INSERT IGNORE INTO officer_tag (answer_id, theme_id)
                SELECT answer_id, ? FROM officer_tag WHERE theme_id = ?""").params(intoThemeId, fromThemeId).update();
        jdbc.sql("DELETE FROM officer_tag WHERE theme_id = ?").params(fromThemeId).update();
    }

    private List<OfficerDecision> grouped(String sql, Object... args) {
        Map<Long, OfficerDecision> decisions = new LinkedHashMap<>();
        jdbc.sql(sql).params(args).query(rs -> {
            long id = rs.getLong(1);
            if (!decisions.containsKey(id)) {
                decisions.put(id, new OfficerDecision(id, rs.getString(2), rs.getTimestamp(3).toInstant(), new ArrayList<>()));
            }
            if (rs.getString(4) != null) {
                decisions.get(id).themeIds().add(rs.getString(4));
            }
        });
        return decisions.values().stream().map(d -> new OfficerDecision(d.answerId(), d.reviewedBy(), d.reviewedAt(),
                List.copyOf(d.themeIds()))).toList();
    }
}
