package org.tellus;

import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationForm;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.QuestionForm;
import org.tellus.consultation.QuestionType;

import java.time.LocalDate;

/** Consultations built through the real service, for tests that need one. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * An open consultation with: free text (required, 50 characters), single choice (required), multiple choice
     * with "other", rating 1-5 (required), ranking (optional), area (optional); equality monitoring on.
     */
    public static ConsultationDetails openConsultationWithEveryQuestionType(ConsultationService consultations, String title) {
        return SystemTask.runAs(Roles.OFFICER, () -> {
            ConsultationDetails c = consultations.create(ConsultationForm.of(title, "About it.",
                    LocalDate.now().minusDays(1), LocalDate.now().plusDays(10), true));
            QuestionForm text = QuestionForm.of(QuestionType.FREE_TEXT, "What matters most?", true);
            text.setMaxLength(50);
            consultations.addQuestion(c.id(), text);
            consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.SINGLE_CHOICE, "Happy here?", true, "Yes", "No"));
            QuestionForm multi = QuestionForm.of(QuestionType.MULTIPLE_CHOICE, "Services used?", false, "Libraries", "Parks");
            multi.setAllowOther(true);
            consultations.addQuestion(c.id(), multi);
            consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.RATING, "How well do we listen?", true));
            consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.RANKING, "Rank these", false, "Homes", "Jobs", "Parks"));
            consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.AREA, "Your ward?", false));
            return consultations.open(c.id());
        });
    }
}
