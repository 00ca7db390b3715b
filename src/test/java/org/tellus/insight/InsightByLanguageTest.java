package org.tellus.insight;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tellus.IntegrationTest;
import org.tellus.TranslatedConsultations;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.QuestionDetails;
import org.tellus.response.AnswerInput;
import org.tellus.response.Channel;
import org.tellus.response.ResponseService;
import org.tellus.response.SubmissionRequest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Insight counts only the responses answered in the language the filter names (decision 035). */
@IntegrationTest
class InsightByLanguageTest {

    @Autowired
    ConsultationService consultations;
    @Autowired
    ResponseService responses;
    @Autowired
    InsightService insight;

    private void answer(ConsultationDetails c, String language) {
        QuestionDetails change = c.questions().get(0);
        QuestionDetails visit = c.questions().get(1);
        SubmissionRequest request = new SubmissionRequest(c.id(), UUID.randomUUID().toString(), List.of(
                AnswerInput.text(change.id(), "More trees"),
                AnswerInput.options(visit.id(), List.of(visit.options().getFirst().id()), null)),
                Map.of(), false, Channel.ONLINE).withLanguage(language);
        SystemTask.runAs(Roles.RESIDENT, () -> responses.submit(request));
    }

    @Test
    void theFilterByLanguageKeepsTheResponsesAnsweredInIt() {
        ConsultationDetails c = TranslatedConsultations.offeredInWelsh(consultations, "Trees " + UUID.randomUUID());
        answer(c, "cy");
        answer(c, "cy");
        answer(c, "en-GB");

        long welsh = SystemTask.runAs(Roles.OFFICER, () -> insight.volume(c.id(), InsightFilter.none().withLanguage("cy")).total());
        long english = SystemTask.runAs(Roles.OFFICER, () -> insight.volume(c.id(), InsightFilter.none().withLanguage("en-GB")).total());
        long urdu = SystemTask.runAs(Roles.OFFICER, () -> insight.volume(c.id(), InsightFilter.none().withLanguage("ur")).total());
        long all = SystemTask.runAs(Roles.OFFICER, () -> insight.volume(c.id(), InsightFilter.none()).total());
        assertThat(List.of(welsh, english, urdu, all)).containsExactly(2L, 1L, 0L, 3L);
    }
}
