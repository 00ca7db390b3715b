package org.tellus.insight;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.Fixtures;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.QuestionDetails;
import org.tellus.response.AnswerInput;
import org.tellus.response.Channel;
import org.tellus.response.ResponseService;
import org.tellus.response.SubmissionRequest;
import org.tellus.tagging.ModelSummary;
import org.tellus.tagging.TaggingService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A consultation for the equity lens, quotes and exports, with equality answers and consent we chose and themes
 * we set (the background tagger's are replaced). Hand-computed figures in the tests rest on these batches:
 *
 * <ul>
 * <li>A: 20 disabled, Bramhall North, consented: transport ("Buses are late")</li>
 * <li>B: 10 disabled, Bramhall North, not consented: read, no theme ("Parks are lovely")</li>
 * <li>C: 15 not disabled, Bredbury and Woodley, not consented: transport ("Trains are full")</li>
 * <li>D: 35 not disabled, Bredbury and Woodley, consented: clean streets ("Bins not emptied")</li>
 * <li>E: 5 "prefer not to say" on disability, male, no area: transport ("Buses again")</li>
 * <li>F: 1 with a formula for an answer, no area: no theme</li>
 * </ul>
 * Disability and transport: 20 of 30 against 15 of 50, z = 3.2005, two-sided p = 0.0013718.
 */
public final class LensFixture {

    public static final String FORMULA = "=HYPERLINK(\"http://x\")";

    public final ConsultationDetails consultation;
    /** The free-text answers of batch A (consented) and C (not consented). */
    public final List<Long> consentedAnswers;
    public final List<Long> notConsentedAnswers;

    private record Batch(int n, String area, Map<String, String> equality, boolean consent, String text, String theme) {
    }

    public LensFixture(ConsultationService consultations, ResponseService responses, TaggingService tagging,
                       JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        consultation = Fixtures.openConsultationWithEveryQuestionType(consultations, "Lens " + UUID.randomUUID());
        List<Batch> batches = List.of(
                new Batch(20, InsightFixture.NORTH, Map.of("disability", "yes"), true, "Buses are late", "transport"),
                new Batch(10, InsightFixture.NORTH, Map.of("disability", "yes"), false, "Parks are lovely", null),
                new Batch(15, InsightFixture.WOODLEY, Map.of("disability", "no"), false, "Trains are full", "transport"),
                new Batch(35, InsightFixture.WOODLEY, Map.of("disability", "no"), true, "Bins not emptied", "clean-streets"),
                new Batch(5, null, Map.of("disability", "prefer-not", "sex", "male"), false, "Buses again", "transport"),
                new Batch(1, null, Map.of(), false, FORMULA, null));
        String version = SystemTask.runAs(Roles.OFFICER, () -> tagging.modelVersions().stream()
                .filter(ModelSummary::active).findFirst().orElseThrow().version());
        List<List<Long>> answers = new ArrayList<>();
        for (Batch b : batches) {
            answers.add(submit(responses, jdbc, b));
        }
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < batches.size(); i++) {
                for (long answer : answers.get(i)) {
                    jdbc.update("""
                            INSERT INTO answer_tagging (answer_id, model_version, tagged_at) VALUES (?, ?, CURRENT_TIMESTAMP(3))
                            ON DUPLICATE KEY UPDATE model_version = VALUES(model_version)""", answer, version);
                    jdbc.update("DELETE FROM machine_tag WHERE answer_id = ?", answer);
                    if (batches.get(i).theme() != null) {
                        jdbc.update("INSERT INTO machine_tag (answer_id, theme_id, confidence, explanation, model_version) "
                                + "VALUES (?, ?, 0.9, 'test', ?)", answer, batches.get(i).theme(), version);
                    }
                }
            }
        });
        consentedAnswers = answers.get(0);
        notConsentedAnswers = answers.get(2);
    }

    /**
     * A fixture of its own for one test class, built by its first test and only read after that. Not shared across classes: a test of
     * another class that re-tags every answer (a model activation) would replace the themes set here.
     */
    public static LensFixture forOneTestClass(org.springframework.context.ApplicationContext context) {
        return new LensFixture(context.getBean(ConsultationService.class), context.getBean(ResponseService.class),
                context.getBean(TaggingService.class), context.getBean(JdbcTemplate.class),
                context.getBean(PlatformTransactionManager.class));
    }

    public long id() {
        return consultation.id();
    }

    private List<Long> submit(ResponseService responses, JdbcTemplate jdbc, Batch batch) {
        List<QuestionDetails> q = consultation.questions();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < batch.n(); i++) {
            List<AnswerInput> input = new ArrayList<>(List.of(AnswerInput.text(q.get(0).id(), batch.text()),
                    AnswerInput.options(q.get(1).id(), List.of(q.get(1).options().getFirst().id()), null),
                    AnswerInput.number(q.get(3).id(), 4)));
            if (batch.area() != null) {
                input.add(AnswerInput.text(q.get(5).id(), batch.area()));
            }
            String reference = SystemTask.runAs(Roles.RESIDENT, () -> responses.submit(new SubmissionRequest(id(),
                    UUID.randomUUID().toString(), input, batch.equality(), batch.consent(), Channel.ONLINE))).reference();
            ids.add(jdbc.queryForObject("SELECT a.id FROM answer a JOIN response r ON r.id = a.response_id "
                    + "WHERE r.reference = ? AND a.question_id = ?", Long.class, reference, q.get(0).id()));
        }
        return ids;
    }
}
