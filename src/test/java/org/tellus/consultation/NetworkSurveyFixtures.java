package org.tellus.consultation;

import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.response.AnswerInput;
import org.tellus.response.SubmissionRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Network surveys built through the real service: one optional free-text question. */
public final class NetworkSurveyFixtures {

    private NetworkSurveyFixtures() {
    }

    /** A draft survey for these networks (public when none), with its one question. */
    public static ConsultationDetails draft(ConsultationService consultations, String title, Set<Long> networkIds) {
        return SystemTask.runAs(Roles.OFFICER, () -> {
            ConsultationForm form = ConsultationForm.of(title, "About " + title, LocalDate.now().minusDays(1),
                    LocalDate.now().plusDays(10), false).forNetworks(networkIds);
            ConsultationDetails c = consultations.create(form);
            consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.FREE_TEXT, "What should we know?", false));
            return consultations.consultation(c.id());
        });
    }

    public static ConsultationDetails open(ConsultationService consultations, String title, Set<Long> networkIds) {
        ConsultationDetails c = draft(consultations, title, networkIds);
        return SystemTask.runAs(Roles.OFFICER, () -> consultations.open(c.id()));
    }

    public static SubmissionRequest answer(ConsultationDetails c, String text) {
        return new SubmissionRequest(c.id(), UUID.randomUUID().toString(),
                List.of(AnswerInput.text(c.questions().getFirst().id(), text)), null, false, null);
    }
}
