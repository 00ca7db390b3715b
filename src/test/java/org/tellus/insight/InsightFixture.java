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
import java.util.Map;
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
        String version = activeVersion(tagging);
        List<Long> transportNorth = submit(responses, jdbc, 10, NORTH, "Buses are late");
        List<Long> transportWoodley = submit(responses, jdbc, 9, WOODLEY, "Trains are full");
        List<Long> cleanNorth = submit(responses, jdbc, 12, NORTH, "Bins not emptied");
        List<Long> untagged = submit(responses, jdbc, 1, null, "Nothing to add");
        themed(jdbc, transactions, version, Map.of("transport", both(transportNorth, transportWoodley),
                "clean-streets", cleanNorth), untagged);
        jdbc.update("UPDATE response r JOIN answer a ON a.response_id = r.id SET r.channel = 'PHONE' WHERE a.id IN ("
                + String.join(",", transportWoodley.stream().map(String::valueOf).toList()) + ")");
        jdbc.update("UPDATE response r JOIN answer a ON a.response_id = r.id SET r.submitted_at = r.submitted_at - INTERVAL 10 DAY WHERE a.id IN ("
                + String.join(",", cleanNorth.stream().map(String::valueOf).toList()) + ")");
    }

    /**
     * Marks the answers as read by the active model (so that a test that runs the tagger leaves our tags alone)
     * and gives each its theme; the untagged ones are read and have none.
     */
    private static void themed(JdbcTemplate jdbc, PlatformTransactionManager transactions, String version,
                               Map<String, List<Long>> byTheme, List<Long> untagged) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            List<Long> all = new ArrayList<>(untagged);
            byTheme.values().forEach(all::addAll);
            for (long answer : all) {
                jdbc.update("""
                        INSERT INTO answer_tagging (answer_id, model_version, tagged_at) VALUES (?, ?, CURRENT_TIMESTAMP(3))
                        ON DUPLICATE KEY UPDATE model_version = VALUES(model_version)""", answer, version);
                jdbc.update("DELETE FROM machine_tag WHERE answer_id = ?", answer);
            }
            byTheme.forEach((theme, answers) -> tag(jdbc, theme, answers, version));
        });
    }

    private static List<Long> both(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * A consultation for themes over time, its responses submitted at noon in March 2003 (weeks start on Monday):
     * week of 3 March: transport 12, housing 12 (distinct responses); week of 10 March: transport 15, housing 3;
     * week of 17 March: none; week of 24 March: transport 10. Returns the consultation.
     */
    public static ConsultationDetails march2003(org.springframework.context.ApplicationContext context) {
        ConsultationService consultations = context.getBean(ConsultationService.class);
        ResponseService responses = context.getBean(ResponseService.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Over time " + UUID.randomUUID());
        String version = activeVersion(context.getBean(TaggingService.class));
        Map<String, List<Long>> byTheme = new java.util.HashMap<>();
        int[][] plan = {{3, 12, 12}, {10, 15, 3}, {24, 10, 0}};
        for (int[] week : plan) {
            for (int theme = 0; theme < 2; theme++) {
                String id = theme == 0 ? "transport" : "housing";
                for (int i = 0; i < week[theme + 1]; i++) {
                    long answer = Fixtures.submitFreeText(responses, jdbc, c, "March " + id, null);
                    jdbc.update("UPDATE response r JOIN answer a ON a.response_id = r.id SET r.submitted_at = ? WHERE a.id = ?",
                            java.sql.Timestamp.valueOf(java.time.LocalDateTime.of(2003, 3, week[0], 12, 0)), answer);
                    byTheme.computeIfAbsent(id, k -> new ArrayList<>()).add(answer);
                }
            }
        }
        themed(jdbc, context.getBean(PlatformTransactionManager.class), version, byTheme, List.of());
        return c;
    }

    private static String activeVersion(TaggingService tagging) {
        return SystemTask.runAs(Roles.OFFICER, () -> tagging.modelVersions().stream()
                .filter(ModelSummary::active).findFirst().orElseThrow().version());
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
