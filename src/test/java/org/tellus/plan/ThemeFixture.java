package org.tellus.plan;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tellus.Fixtures;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.response.ResponseService;
import org.tellus.tagging.TaggingService;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Themes of a test's own (the seeded taxonomy is shared by every test, so merging or retiring it would change theirs),
 * and answers of its own to tag with them. {@link #remove()} takes the themes and their tags away again.
 */
public final class ThemeFixture {

    private final JdbcTemplate jdbc;
    private final List<String> created = new ArrayList<>();

    public ThemeFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new theme named {@code name}, with keywords "alpha;beta" and mapped to the first plan priority. */
    public String theme(String name) {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO theme (id, name, description, keywords, retired, position, version) VALUES (?, ?, ?, ?, FALSE, 1000, 0)",
                id, name + " " + id, "About " + name, "alpha;beta");
        jdbc.update("INSERT INTO theme_priority (theme_id, priority_id) SELECT ?, id FROM plan_priority ORDER BY position LIMIT 1", id);
        created.add(id);
        return id;
    }

    /**
     * Free-text answers of a consultation of the test's own, marked as read by the active model so that a test that
     * runs the tagger leaves the tags we give them alone.
     */
    public List<Long> taggedAnswers(ApplicationContext context, int count) {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(context.getBean(ConsultationService.class),
                "Themes " + UUID.randomUUID());
        String version = SystemTask.runAs(Roles.OFFICER, context.getBean(TaggingService.class)::activeVersion);
        List<Long> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long answer = Fixtures.submitFreeText(context.getBean(ResponseService.class), jdbc, c, "Answer " + i, null);
            jdbc.update("INSERT INTO answer_tagging (answer_id, model_version, tagged_at) VALUES (?, ?, CURRENT_TIMESTAMP(3))",
                    answer, version);
            answers.add(answer);
        }
        return answers;
    }

    public void tag(long answerId, String themeId, double confidence) {
        jdbc.update("INSERT INTO machine_tag (answer_id, theme_id, confidence, explanation, model_version) VALUES (?, ?, ?, ?, 'test')",
                answerId, themeId, confidence, "because " + themeId + " " + confidence);
    }

    public void remove() {
        for (String id : created) {
            jdbc.update("DELETE FROM machine_tag WHERE theme_id = ?", id);
            jdbc.update("DELETE FROM theme_priority WHERE theme_id = ?", id);
            jdbc.update("DELETE FROM theme_example WHERE theme_id = ?", id);
            jdbc.update("DELETE FROM theme WHERE id = ?", id);
        }
        created.clear();
    }
}
