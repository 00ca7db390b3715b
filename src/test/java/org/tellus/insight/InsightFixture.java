package org.tellus.insight;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.Fixtures;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.response.ResponseService;
import org.tellus.tagging.ModelSummary;
import org.tellus.tagging.TaggingService;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A consultation whose responses carry themes we chose, not the model's: after submitting, each free-text
 * answer is marked as read by the active model (so the tagger, when a test runs it, leaves it alone) and given our tags.
 *
 * <ul>
 * <li>10 responses in Bramhall North: transport</li>
 * <li>9 responses in Bredbury and Woodley, by phone: transport</li>
 * <li>12 responses in Bramhall North, submitted 10 days ago: clean streets</li>
 * <li>1 response without an area: tagged, no theme</li>
 * </ul>
 */
public final class InsightFixture {

    public static final String NORTH = "bramhall-north";
    public static final String WOODLEY = "bredbury-woodley";

    final ConsultationDetails consultation;

    private InsightFixture(ConsultationService consultations, ResponseService responses, TaggingService tagging,
                   JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        consultation = Fixtures.openConsultationWithEveryQuestionType(consultations, "Insight " + UUID.randomUUID());
        String version = SystemTask.runAs(Roles.OFFICER, () -> tagging.modelVersions().stream()
                .filter(ModelSummary::active).findFirst().orElseThrow().version());
        List<Long> transportNorth = submit(responses, jdbc, 10, NORTH, "Buses are late");
        List<Long> transportWoodley = submit(responses, jdbc, 9, WOODLEY, "Trains are full");
        List<Long> cleanNorth = submit(responses, jdbc, 12, NORTH, "Bins not emptied");
        List<Long> untagged = submit(responses, jdbc, 1, null, "Nothing to add");
        // Marked as read by the active model, so that a test that runs the tagger leaves our tags alone.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            List<Long> all = new ArrayList<>();
            List.of(transportNorth, transportWoodley, cleanNorth, untagged).forEach(all::addAll);
            for (long answer : all) {
                jdbc.update("""
                        INSERT INTO answer_tagging (answer_id, model_version, tagged_at) VALUES (?, ?, CURRENT_TIMESTAMP(3))
                        ON DUPLICATE KEY UPDATE model_version = VALUES(model_version)""", answer, version);
                jdbc.update("DELETE FROM machine_tag WHERE answer_id = ?", answer);
            }
            tag(jdbc, "transport", transportNorth, version);
            tag(jdbc, "transport", transportWoodley, version);
            tag(jdbc, "clean-streets", cleanNorth, version);
        });
        jdbc.update("UPDATE response r JOIN answer a ON a.response_id = r.id SET r.channel = 'PHONE' WHERE a.id IN ("
                + String.join(",", transportWoodley.stream().map(String::valueOf).toList()) + ")");
        jdbc.update("UPDATE response r JOIN answer a ON a.response_id = r.id SET r.submitted_at = r.submitted_at - INTERVAL 10 DAY WHERE a.id IN ("
                + String.join(",", cleanNorth.stream().map(String::valueOf).toList()) + ")");
    }

    /** A new fixture consultation, its parts taken from the application context. */
    public static InsightFixture create(org.springframework.context.ApplicationContext context) {
        return new InsightFixture(context.getBean(ConsultationService.class), context.getBean(ResponseService.class),
                context.getBean(TaggingService.class), context.getBean(JdbcTemplate.class),
                context.getBean(PlatformTransactionManager.class));
    }

    private static void tag(JdbcTemplate jdbc, String theme, List<Long> answers, String version) {
        answers.forEach(answer -> jdbc.update("INSERT INTO machine_tag (answer_id, theme_id, confidence, explanation, "
                + "model_version) VALUES (?, ?, 0.9, 'test', ?)", answer, theme, version));
    }

    public long id() {
        return consultation.id();
    }

    /** Submits n responses and returns their free-text answers' ids. */
    private List<Long> submit(ResponseService responses, JdbcTemplate jdbc, int n, String area, String text) {
        List<Long> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            answers.add(Fixtures.submitFreeText(responses, jdbc, consultation, text, area));
        }
        return answers;
    }
}
