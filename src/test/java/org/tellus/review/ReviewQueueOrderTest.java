package org.tellus.review;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.QuestionDetails;
import org.tellus.response.AnswerInput;
import org.tellus.response.Channel;
import org.tellus.response.ResponseService;
import org.tellus.response.SubmissionRequest;
import org.tellus.tagging.TaggingOnDemand;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The review queue asks about every theme the machine is unsure of before asking twice about one. */
@IntegrationTest
class ReviewQueueOrderTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    ResponseService responses;
    @Autowired
    ConsultationService consultations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void theLeastCertainAnswerOfEachUncertainThemeComesBeforeTheNextOfAny() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Queue " + UUID.randomUUID());
        List<String> texts = List.of("Rents are too high", "Landlords ignore repairs", "We need social housing",
                "The park needs benches");
        for (String text : texts) {
            SystemTask.runAs(Roles.RESIDENT, () -> responses.submit(new SubmissionRequest(c.id(), UUID.randomUUID().toString(),
                    answers(c, text), Map.of(), false, Channel.ONLINE)));
        }
        List<Long> answers = jdbc.queryForList("""
                SELECT a.id FROM answer a JOIN response r ON r.id = a.response_id
                WHERE r.consultation_id = ? AND a.text_value IS NOT NULL ORDER BY a.id""", Long.class, c.id());
        TaggingOnDemand.tagPending(context);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM answer_tagging WHERE answer_id IN (?, ?, ?, ?)",
                Long.class, answers.toArray())).isEqualTo(4);
        // three answers the machine was unsure of about housing, one (less unsure) about parks
        setUncertainty(answers.get(0), 0.01, "housing");
        setUncertainty(answers.get(1), 0.02, "housing");
        setUncertainty(answers.get(2), 0.03, "housing");
        setUncertainty(answers.get(3), 0.20, "parks");

        List<Long> order = SystemTask.runAs(Roles.OFFICER, () -> reviews.queue(c.id(), ReviewFilter.none(), 10))
                .stream().map(ReviewItem::answerId).toList();

        assertThat(order).containsExactly(answers.get(0), answers.get(3), answers.get(1), answers.get(2));
    }

    private void setUncertainty(long answerId, double certainty, String theme) {
        jdbc.update("UPDATE answer_tagging SET certainty = ?, uncertain_theme = ? WHERE answer_id = ?", certainty, theme, answerId);
    }

    /** The required answers of the fixture's consultation, with this free text. */
    private static List<AnswerInput> answers(ConsultationDetails c, String text) {
        List<QuestionDetails> q = c.questions();
        return List.of(AnswerInput.text(q.get(0).id(), text),
                AnswerInput.options(q.get(1).id(), List.of(q.get(1).options().getFirst().id()), null),
                AnswerInput.number(q.get(3).id(), 3));
    }
}
