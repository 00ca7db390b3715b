package org.tellus.review;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A consultation's free-text answers that the machine has read and no officer has reviewed, the most useful to
 * review first: the least certain answer of each theme the machine was least sure about, then the next of each,
 * and so on (decision 014). An officer's first few dozen answers then teach every theme, rare ones included,
 * instead of the one theme the model happens to be least sure of.
 * Reads the responses' and tagging's tables directly, like the tagging queue: one query per page of the queue.
 */
@Repository
class ReviewQueue {

    private static final String WAITING = """
             FROM submitted_text_answer a
            JOIN tagged_answer t ON t.answer_id = a.answer_id
            WHERE a.consultation_id = ?
              AND NOT EXISTS (SELECT 1 FROM answer_review ar WHERE ar.answer_id = a.answer_id)""";

    private final JdbcTemplate jdbc;

    ReviewQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers tagged before certainty was recorded have none; they come after every known one. */
    List<ReviewItem> next(long consultationId, ReviewFilter filter, int limit) {
        List<Object> args = new ArrayList<>(List.of(consultationId));
        String where = WAITING + narrowedBy(filter, args);
        args.add(limit);
        Map<Long, ReviewItem> items = new LinkedHashMap<>();
        jdbc.query("SELECT id, reference, prompt, text, certainty FROM (SELECT a.answer_id AS id, a.reference, a.prompt,"
                        + " a.text, t.certainty, ROW_NUMBER() OVER (PARTITION BY t.uncertain_theme"
                        + " ORDER BY t.certainty IS NULL, t.certainty, a.answer_id) AS turn" + where + ") waiting"
                        + " ORDER BY certainty IS NULL, turn, certainty, id LIMIT ?",
                rs -> {
                    items.put(rs.getLong(1), new ReviewItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), (Double) rs.getObject(5), new ArrayList<>()));
                }, args.toArray());
        if (!items.isEmpty()) {
            jdbc.query("SELECT answer_id, theme_id, confidence, explanation FROM machine_answer_theme WHERE answer_id IN ("
                            + String.join(",", Collections.nCopies(items.size(), "?")) + ") ORDER BY confidence DESC, theme_id",
                    rs -> {
                        items.get(rs.getLong(1)).suggestions().add(new Suggestion(rs.getString(2), rs.getDouble(3), rs.getString(4)));
                    }, items.keySet().toArray());
        }
        return items.values().stream().map(i -> new ReviewItem(i.answerId(), i.reference(), i.question(), i.text(),
                i.certainty(), List.copyOf(i.suggestions()))).toList();
    }

    long count(long consultationId, ReviewFilter filter) {
        List<Object> args = new ArrayList<>(List.of(consultationId));
        String where = WAITING + narrowedBy(filter, args);
        return jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, args.toArray());
    }

    /** Every waiting answer the filter keeps (for bulk accept). */
    List<Long> ids(long consultationId, ReviewFilter filter) {
        List<Object> args = new ArrayList<>(List.of(consultationId));
        String where = WAITING + narrowedBy(filter, args);
        return jdbc.queryForList("SELECT a.answer_id" + where + " ORDER BY a.answer_id", Long.class, args.toArray());
    }

    long reviewed(long consultationId) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM answer_review ar
                JOIN response_answer a ON a.answer_id = ar.answer_id
                WHERE a.consultation_id = ?""", Long.class, consultationId);
    }

    private static String narrowedBy(ReviewFilter filter, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (filter.minConfidence() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM machine_answer_theme m WHERE m.answer_id = a.answer_id)")
                    .append(" AND NOT EXISTS (SELECT 1 FROM machine_answer_theme m WHERE m.answer_id = a.answer_id AND m.confidence < ?)");
            args.add(filter.minConfidence());
        }
        if (filter.themeId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM machine_answer_theme m WHERE m.answer_id = a.answer_id AND m.theme_id = ?)");
            args.add(filter.themeId());
        }
        return sql.toString();
    }
}
