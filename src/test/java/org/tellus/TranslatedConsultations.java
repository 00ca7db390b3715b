package org.tellus;

import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationForm;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.QuestionDetails;
import org.tellus.consultation.QuestionForm;
import org.tellus.consultation.QuestionType;
import org.tellus.consultation.TranslationForm;

import java.time.LocalDate;
import java.util.Set;

/** An open consultation written in English with a complete Welsh translation offered (decision 035). */
public final class TranslatedConsultations {

    private TranslatedConsultations() {
    }

    /** Questions: "What would you change?" (free text, required) and "Do you visit?" (Yes/No, required). */
    public static ConsultationDetails offeredInWelsh(ConsultationService consultations, String title) {
        return SystemTask.runAs(Roles.OFFICER, () -> {
            ConsultationDetails c = consultations.create(ConsultationForm.of(title, "Why we ask.",
                    LocalDate.now().minusDays(1), LocalDate.now().plusDays(10), false));
            consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.FREE_TEXT, "What would you change?", true));
            consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.SINGLE_CHOICE, "Do you visit?", true, "Yes", "No"));
            ConsultationDetails open = consultations.open(c.id());
            consultations.saveTranslation(c.id(), "cy", welsh(open));
            consultations.offerLanguages(c.id(), Set.of("cy"));
            return open;
        });
    }

    public static TranslationForm welsh(ConsultationDetails c) {
        TranslationForm form = new TranslationForm();
        form.setTitle("Cymraeg: " + c.title());
        form.setSummary("Pam rydym yn gofyn.");
        QuestionDetails change = c.questions().get(0);
        QuestionDetails visit = c.questions().get(1);
        form.prompts().put(change.id(), "Beth fyddech chi’n ei newid?");
        form.prompts().put(visit.id(), "Ydych chi’n ymweld?");
        form.optionLabels().put(visit.options().get(0).id(), "Ydw");
        form.optionLabels().put(visit.options().get(1).id(), "Nac ydw");
        return form;
    }
}
