package org.tellus.consultation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored translations of consultations (decision 035). Plain rows keyed by (id, language), written whole when
 * an officer saves, so SQL rather than an aggregate (decision 017): the rules live in {@link ConsultationService}.
 */
@Component
class ConsultationTranslations {

    /** One language's stored texts of one consultation; empty maps when nothing is translated. */
    record Texts(String title, String summary, boolean offered, boolean outOfDate,
                 Map<Long, QuestionText> questions, Map<Long, String> options) {

        /** Every text of the consultation as it is now is translated, and none changed since (decision 035). */
        boolean complete(ConsultationDetails original) {
            return !blank(title) && !blank(summary) && !outOfDate(original) && original.questions().stream().allMatch(q ->
                    questions.containsKey(q.id()) && (blank(q.helpText()) || !blank(questions.get(q.id()).helpText()))
                            && (blank(q.scaleMinLabel()) || !blank(questions.get(q.id()).scaleMinLabel()))
                            && (blank(q.scaleMaxLabel()) || !blank(questions.get(q.id()).scaleMaxLabel()))
                            && q.options().stream().allMatch(o -> !blank(options.get(o.id()))));
        }

        boolean outOfDate(ConsultationDetails original) {
            return outOfDate || original.questions().stream()
                    .anyMatch(q -> questions.containsKey(q.id()) && questions.get(q.id()).outOfDate());
        }

        /** The original with its texts in this language; ids, kinds and rules stay the original's. */
        ConsultationDetails applyTo(ConsultationDetails o) {
            List<QuestionDetails> translated = o.questions().stream().map(q -> {
                QuestionText t = questions.get(q.id());
                return new QuestionDetails(q.id(), q.position(), q.type(), t.prompt(), t.helpText(), q.required(),
                        q.maxLength(), q.allowOther(), q.scaleMin(), q.scaleMax(), t.scaleMinLabel(), t.scaleMaxLabel(),
                        q.options().stream().map(op -> new OptionDetails(op.id(), options.get(op.id()))).toList());
            }).toList();
            return new ConsultationDetails(o.id(), title, summary, o.status(), o.audience(), o.opensOn(), o.closesOn(),
                    o.equalityMonitoring(), o.questionsLocked(), o.resultsSummary(), translated);
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }

    record QuestionText(String prompt, String helpText, String scaleMinLabel, String scaleMaxLabel, boolean outOfDate) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ConsultationTranslations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Texts load(long consultationId, String language) {
        List<Object[]> head = jdbc.sql("SELECT title, summary, offered, out_of_date FROM consultation_translation"
                        + " WHERE consultation_id = ? AND language = ?").params(consultationId, language)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)})
                .list();
        Map<Long, QuestionText> questions = new HashMap<>();
        jdbc.sql("SELECT t.question_id, t.prompt, t.help_text, t.out_of_date, t.scale_min_label, t.scale_max_label"
                        + " FROM question_translation t"
                        + " JOIN question q ON q.id = t.question_id WHERE q.consultation_id = ? AND t.language = ?")
                .params(consultationId, language).query(rs -> {
                    questions.put(rs.getLong(1), new QuestionText(rs.getString(2), rs.getString(3), rs.getString(5),
                            rs.getString(6), rs.getBoolean(4)));
                });
        Map<Long, String> options = new HashMap<>();
        jdbc.sql("SELECT t.option_id, t.label FROM option_translation t JOIN question_option o ON o.id = t.option_id"
                        + " JOIN question q ON q.id = o.question_id WHERE q.consultation_id = ? AND t.language = ?")
                .params(consultationId, language).query(rs -> {
                    options.put(rs.getLong(1), rs.getString(2));
                });
        Object[] h = head.isEmpty() ? new Object[] {null, null, false, false} : head.getFirst();
        return new Texts((String) h[0], (String) h[1], (Boolean) h[2], (Boolean) h[3], questions, options);
    }

    /** The languages a consultation has any translation into, in no particular order. */
    List<String> languages(long consultationId) {
        return new ArrayList<>(jdbc.sql("SELECT language FROM consultation_translation WHERE consultation_id = ?")
                .param(consultationId).query(String.class).list());
    }

    /** Writes a language's texts whole: what the form leaves blank is removed, what it fills is up to date again. */
    void save(ConsultationDetails original, String language, TranslationForm form) {
        jdbc.sql("""
                INSERT INTO consultation_translation (consultation_id, language, title, summary, out_of_date, updated_at)
                VALUES (?, ?, ?, ?, FALSE, ?)
                ON DUPLICATE KEY UPDATE title = VALUES(title), summary = VALUES(summary), out_of_date = FALSE,
                updated_at = VALUES(updated_at)""")
                .params(original.id(), language, form.getTitle().strip(), form.getSummary().strip(),
                        Timestamp.from(clock.instant())).update();
        for (QuestionDetails q : original.questions()) {
            jdbc.sql("DELETE FROM question_translation WHERE question_id = ? AND language = ?").params(q.id(), language).update();
            String prompt = form.prompts().getOrDefault(q.id(), "").strip();
            if (!prompt.isEmpty()) {
                jdbc.sql("""
                        INSERT INTO question_translation (question_id, language, prompt, help_text, scale_min_label,
                        scale_max_label) VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(q.id(), language, prompt, orNull(form.helpTexts(), q.id()),
                                orNull(form.scaleMinLabels(), q.id()), orNull(form.scaleMaxLabels(), q.id())).update();
            }
            for (OptionDetails o : q.options()) {
                jdbc.sql("DELETE FROM option_translation WHERE option_id = ? AND language = ?").params(o.id(), language).update();
                String label = form.optionLabels().getOrDefault(o.id(), "").strip();
                if (!label.isEmpty()) {
                    jdbc.sql("INSERT INTO option_translation (option_id, language, label) VALUES (?, ?, ?)")
                            .params(o.id(), language, label).update();
                }
            }
        }
    }

    private static String orNull(Map<Long, String> texts, long id) {
        String text = texts.getOrDefault(id, "").strip();
        return text.isEmpty() ? null : text;
    }

    void offer(long consultationId, List<String> languages) {
        jdbc.sql("UPDATE consultation_translation SET offered = FALSE WHERE consultation_id = ?").param(consultationId).update();
        for (String language : languages) {
            jdbc.sql("UPDATE consultation_translation SET offered = TRUE WHERE consultation_id = ? AND language = ?")
                    .params(consultationId, language).update();
        }
    }

    /** The original's title or summary changed: every translation of them is out of date. */
    void titleChanged(long consultationId) {
        jdbc.sql("UPDATE consultation_translation SET out_of_date = TRUE WHERE consultation_id = ?").param(consultationId).update();
    }

    /** A question's text or help text changed: its translations are out of date. */
    void questionChanged(long questionId) {
        jdbc.sql("UPDATE question_translation SET out_of_date = TRUE WHERE question_id = ?").param(questionId).update();
    }
}
