package org.tellus.tagging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tellus.tagging.engine.ThemeModel;
import org.tellus.tagging.engine.ThemeTag;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Free-text answers waiting for the active model: never tagged, or tagged by another version. Claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances (or a sweep and a fresh submission) never tag the same
 * answer at once, and work left by a crash is simply still pending. Reads the responses feature's tables
 * directly: a batch of thousands per query is what keeps re-tagging a whole consultation within seconds.
 */
@Repository
class TaggingQueue {

    record PendingAnswer(long answerId, String text) {
    }

    private final JdbcTemplate jdbc;
    private final UntrainedLanguage untrainedLanguage;

    TaggingQueue(JdbcTemplate jdbc, UntrainedLanguage untrainedLanguage) {
        this.jdbc = jdbc;
        this.untrainedLanguage = untrainedLanguage;
    }

    /** Call inside a transaction: the claimed rows stay locked until it ends. */
    List<PendingAnswer> claim(String activeVersion, int limit) {
        return jdbc.query("""
                SELECT a.answer_id, a.text FROM submitted_text_answer a
                LEFT JOIN answer_tagging t ON t.answer_id = a.answer_id
                WHERE t.answer_id IS NULL OR t.model_version <> ?
                ORDER BY a.answer_id LIMIT ? FOR UPDATE SKIP LOCKED""",
                (rs, n) -> new PendingAnswer(rs.getLong(1), rs.getString(2)), activeVersion, limit);
    }

    /**
     * Replaces the machine's tags of these answers with the new ones, and records the version that made them. An
     * answer in a language the tagger does not read gets no tags and records that language instead.
     */
    void store(List<PendingAnswer> answers, List<ThemeModel.Reading> readings, String version, Set<String> knownThemes) {
        if (answers.isEmpty()) {
            return;
        }
        String ids = String.join(",", Collections.nCopies(answers.size(), "?"));
        Object[] idArgs = answers.stream().map(PendingAnswer::answerId).toArray();
        jdbc.update("DELETE FROM machine_tag WHERE answer_id IN (" + ids + ")", idArgs);
        List<String> languages = answers.stream().map(a -> untrainedLanguage.of(a.text()).orElse(null)).toList();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (languages.get(i) != null) {
                continue;
            }
            for (ThemeTag tag : readings.get(i).tags()) {
                if (knownThemes.contains(tag.themeId())) {
                    rows.add(new Object[]{answers.get(i).answerId(), tag.themeId(), tag.confidence(),
                            truncate(tag.explanation()), version});
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO machine_tag (answer_id, theme_id, confidence, explanation, model_version) VALUES (?, ?, ?, ?, ?)", rows);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("""
                INSERT INTO answer_tagging (answer_id, model_version, tagged_at, certainty, uncertain_theme,
                                            not_themed_language)
                VALUES (?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE model_version = VALUES(model_version), tagged_at = VALUES(tagged_at),
                certainty = VALUES(certainty), uncertain_theme = VALUES(uncertain_theme),
                not_themed_language = VALUES(not_themed_language)""",
                java.util.stream.IntStream.range(0, answers.size()).mapToObj(i -> languages.get(i) != null
                        ? new Object[]{answers.get(i).answerId(), version, now, null, null, languages.get(i)}
                        : new Object[]{answers.get(i).answerId(), version, now, readings.get(i).certainty(),
                        readings.get(i).uncertainTheme(), null}).toList());
    }

    long pendingCount(String activeVersion) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM submitted_text_answer a
                LEFT JOIN answer_tagging t ON t.answer_id = a.answer_id
                WHERE t.answer_id IS NULL OR t.model_version <> ?""", Long.class, activeVersion);
    }

    List<AnswerThemes> themesOfResponse(long responseId) {
        List<AnswerThemes> result = new ArrayList<>();
        jdbc.query("""
                SELECT a.answer_id, a.question_id, t.model_version, t.not_themed_language FROM response_answer a
                JOIN answer_tagging t ON t.answer_id = a.answer_id WHERE a.response_id = ? ORDER BY a.answer_id""",
                rs -> {
                    long answerId = rs.getLong(1);
                    List<AnswerThemes.MachineTag> tags = jdbc.query(
                            "SELECT theme_id, confidence, explanation FROM machine_tag WHERE answer_id = ? ORDER BY confidence DESC",
                            (r, n) -> new AnswerThemes.MachineTag(r.getString(1), r.getDouble(2), r.getString(3)), answerId);
                    result.add(new AnswerThemes(answerId, rs.getLong(2), rs.getString(3), tags, rs.getString(4)));
                }, responseId);
        return result;
    }

    static String truncate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }
}
