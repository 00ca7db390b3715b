package org.tellus.tagging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tellus.tagging.engine.ThemeModel;
import org.tellus.tagging.engine.ThemeTag;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Free-text answers waiting for the active model: never tagged, or tagged by another version. Claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances (or a sweep and a fresh submission) never tag the same
 * answer at once, and work left by a crash is simply still pending. Reads the responses feature's tables
 * directly: a batch of thousands per query is what keeps re-tagging a whole consultation within seconds.
 */
@Repository
class TaggingQueue {

    /** An answer to tag; {@code untrainedLanguage} names its language when the tagger does not read it. */
    record PendingAnswer(long answerId, String text, String untrainedLanguage) {
        boolean readable() {
            return untrainedLanguage == null;
        }
    }

    private final JdbcTemplate jdbc;
    private final UntrainedLanguage untrainedLanguage;

    TaggingQueue(JdbcTemplate jdbc, UntrainedLanguage untrainedLanguage) {
        this.jdbc = jdbc;
        this.untrainedLanguage = untrainedLanguage;
    }

    /**
     * Call inside a transaction: the claimed rows stay locked until it ends. Each answer's language is detected at
     * its first claim and kept, so a re-tagging of thousands after a retraining runs no detector.
     */
    List<PendingAnswer> claim(String activeVersion, int limit) {
        List<Claimed> claimed = jdbc.query("""
                SELECT a.answer_id, a.text, l.answer_id IS NOT NULL, l.untrained_language FROM submitted_text_answer a
                LEFT JOIN answer_tagging t ON t.answer_id = a.answer_id
                LEFT JOIN answer_language l ON l.answer_id = a.answer_id
                WHERE t.answer_id IS NULL OR t.model_version <> ?
                ORDER BY a.answer_id LIMIT ? FOR UPDATE SKIP LOCKED""",
                (rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)),
                activeVersion, limit);
        List<Object[]> detected = new ArrayList<>();
        List<PendingAnswer> pending = new ArrayList<>(claimed.size());
        for (Claimed c : claimed) {
            String language = c.languageChecked() ? c.untrainedLanguage() : untrainedLanguage.of(c.text()).orElse(null);
            if (!c.languageChecked()) {
                detected.add(new Object[]{c.answerId(), language});
            }
            pending.add(new PendingAnswer(c.answerId(), c.text(), language));
        }
        jdbc.batchUpdate("INSERT IGNORE INTO answer_language (answer_id, untrained_language) VALUES (?, ?)", detected);
        return pending;
    }

    private record Claimed(long answerId, String text, boolean languageChecked, String untrainedLanguage) {
    }

    /**
     * Replaces the machine's tags of these answers with the new ones, and records the version that made them. The
     * readings are those of the readable answers, in order; an answer in a language the tagger does not read gets
     * no tags and records that language instead.
     */
    void store(List<PendingAnswer> answers, List<ThemeModel.Reading> readingsOfReadable, String version,
               Set<String> knownThemes) {
        if (answers.isEmpty()) {
            return;
        }
        String ids = String.join(",", Collections.nCopies(answers.size(), "?"));
        Object[] idArgs = answers.stream().map(PendingAnswer::answerId).toArray();
        jdbc.update("DELETE FROM machine_tag WHERE answer_id IN (" + ids + ")", idArgs);
        List<ThemeModel.Reading> readings = alignReadings(answers, readingsOfReadable);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (!answers.get(i).readable()) {
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
                IntStream.range(0, answers.size()).mapToObj(i -> answers.get(i).readable()
                        ? new Object[]{answers.get(i).answerId(), version, now, readings.get(i).certainty(),
                        readings.get(i).uncertainTheme(), null}
                        : new Object[]{answers.get(i).answerId(), version, now, null, null,
                        answers.get(i).untrainedLanguage()}).toList());
    }

    /** The readings spread out to one per answer, null where the answer was not read. */
    private static List<ThemeModel.Reading> alignReadings(List<PendingAnswer> answers,
                                                          List<ThemeModel.Reading> readingsOfReadable) {
        long readable = answers.stream().filter(PendingAnswer::readable).count();
        if (readable != readingsOfReadable.size()) {
            throw new IllegalArgumentException(readingsOfReadable.size() + " readings for " + readable + " readable answers");
        }
        Iterator<ThemeModel.Reading> next = readingsOfReadable.iterator();
        List<ThemeModel.Reading> aligned = new ArrayList<>(answers.size());
        for (PendingAnswer answer : answers) {
            aligned.add(answer.readable() ? next.next() : null);
        }
        return aligned;
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
