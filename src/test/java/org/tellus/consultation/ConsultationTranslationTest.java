package org.tellus.consultation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.AccessRules;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Officers translate a consultation and offer it only in complete, up-to-date translations (decision 035). */
@IntegrationTest
class ConsultationTranslationTest {

    @Autowired
    ConsultationService consultations;

    /** An open consultation with a free-text question (with help) and a choice question. */
    private ConsultationDetails parksSurvey() {
        ConsultationDetails c = consultations.create(ConsultationServiceTest.form("Parks survey"));
        QuestionForm why = QuestionForm.of(QuestionType.FREE_TEXT, "What would you change?", true);
        why.setHelpText("A sentence or two.");
        consultations.addQuestion(c.id(), why);
        consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.SINGLE_CHOICE, "Do you visit?", false, "Yes", "No"));
        QuestionForm rating = QuestionForm.of(QuestionType.RATING, "How clean are they?", false);
        rating.setScaleMinLabel("Dirty");
        rating.setScaleMaxLabel("Spotless");
        consultations.addQuestion(c.id(), rating);
        consultations.open(c.id());
        return consultations.consultation(c.id());
    }

    /** The whole consultation in Welsh. */
    static TranslationForm welsh(ConsultationDetails c) {
        TranslationForm form = new TranslationForm();
        form.setTitle("Arolwg parciau");
        form.setSummary("Pam rydym yn gofyn.");
        QuestionDetails why = c.questions().get(0);
        QuestionDetails visit = c.questions().get(1);
        form.prompts().put(why.id(), "Beth fyddech chi’n ei newid?");
        form.helpTexts().put(why.id(), "Brawddeg neu ddwy.");
        form.prompts().put(visit.id(), "Ydych chi’n ymweld?");
        form.optionLabels().put(visit.options().get(0).id(), "Ydw");
        form.optionLabels().put(visit.options().get(1).id(), "Nac ydw");
        QuestionDetails clean = c.questions().get(2);
        form.prompts().put(clean.id(), "Pa mor lân ydyn nhw?");
        form.scaleMinLabels().put(clean.id(), "Budr");
        form.scaleMaxLabels().put(clean.id(), "Di-fai");
        return form;
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void aCompleteTranslationIsOfferedAndResidentsReadIt() {
        ConsultationDetails c = parksSurvey();
        TranslationStatus saved = consultations.saveTranslation(c.id(), "cy", welsh(c));
        assertThat(saved.complete()).isTrue();
        consultations.offerLanguages(c.id(), Set.of("cy"));

        LocalisedConsultation shown = consultations.publicConsultation(c.id(), "cy");
        assertThat(shown.language()).isEqualTo("cy");
        assertThat(shown.offered()).containsExactly("en-GB", "cy");
        assertThat(shown.details().title()).isEqualTo("Arolwg parciau");
        assertThat(shown.details().questions().get(0).helpText()).isEqualTo("Brawddeg neu ddwy.");
        assertThat(shown.details().questions().get(1).options()).extracting(OptionDetails::label).containsExactly("Ydw", "Nac ydw");
        assertThat(shown.details().questions().get(2).scaleMaxLabel()).isEqualTo("Di-fai");
        // Ids stay the original's, so the answers are stored as before.
        assertThat(shown.details().questions().get(1).options()).extracting(OptionDetails::id)
                .isEqualTo(c.questions().get(1).options().stream().map(OptionDetails::id).toList());

        LocalisedConsultation urdu = consultations.publicConsultation(c.id(), "ur");
        assertThat(urdu.language()).isEqualTo("en-GB");
        assertThat(urdu.fellBackFrom("ur")).isTrue();
        assertThat(urdu.details().title()).isEqualTo("Parks survey");
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void aTranslationIsEditedAndReadBack() {
        ConsultationDetails c = parksSurvey();
        consultations.saveTranslation(c.id(), "cy", welsh(c));
        TranslationForm edited = consultations.translationForm(c.id(), "cy");
        edited.setTitle("Arolwg y parciau");
        consultations.saveTranslation(c.id(), "cy", edited);
        TranslationForm again = consultations.translationForm(c.id(), "cy");
        assertThat(again.getTitle()).isEqualTo("Arolwg y parciau");
        assertThat(again.prompts()).containsValue("Ydych chi’n ymweld?");
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void anIncompleteTranslationIsNotOffered() {
        ConsultationDetails c = parksSurvey();
        TranslationForm partial = welsh(c);
        partial.optionLabels().put(c.questions().get(1).options().get(1).id(), " ");
        assertThat(consultations.saveTranslation(c.id(), "cy", partial).complete()).isFalse();
        TranslationForm noScaleLabel = welsh(c);
        noScaleLabel.scaleMinLabels().clear();
        assertThat(consultations.saveTranslation(c.id(), "cy", noScaleLabel).complete()).isFalse();
        assertThatThrownBy(() -> consultations.offerLanguages(c.id(), Set.of("cy")))
                .hasMessage("translation.offer.incomplete");
        assertThatThrownBy(() -> consultations.offerLanguages(c.id(), Set.of("ur")))
                .hasMessage("translation.offer.incomplete");
        assertThatThrownBy(() -> consultations.saveTranslation(c.id(), "en-GB", partial))
                .hasMessage("translation.language.unknown");
        assertThatThrownBy(() -> consultations.saveTranslation(c.id(), "fr", partial))
                .hasMessage("translation.language.unknown");
        assertThat(consultations.publicConsultation(c.id(), "cy").language()).isEqualTo("en-GB");
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void editingAQuestionAfterTranslationTakesTheLanguageOffUntilUpdated() {
        ConsultationDetails c = parksSurvey();
        consultations.saveTranslation(c.id(), "cy", welsh(c));
        consultations.offerLanguages(c.id(), Set.of("cy"));
        QuestionDetails why = c.questions().get(0);
        QuestionForm changed = consultations.questionForm(why.id());
        changed.setHelpText("A sentence or two, please.");
        consultations.updateQuestion(why.id(), changed);

        TranslationStatus status = consultations.translationStatus(c.id()).getFirst();
        assertThat(status).isEqualTo(new TranslationStatus("cy", false, true, true));
        assertThat(consultations.publicConsultation(c.id(), "cy").language()).isEqualTo("en-GB");

        consultations.saveTranslation(c.id(), "cy", consultations.translationForm(c.id(), "cy"));
        assertThat(consultations.publicConsultation(c.id(), "cy").language()).isEqualTo("cy");
    }

    @Test
    void onlyOfficersTranslate() {
        TranslationForm form = new TranslationForm();
        AccessRules.assertRefused(List.of(
                () -> consultations.translationStatus(1L),
                () -> consultations.translationForm(1L, "cy"),
                () -> consultations.saveTranslation(1L, "cy", form),
                () -> consultations.offerLanguages(1L, Set.of("cy"))), Roles.RESIDENT, Roles.FACILITATOR);
    }
}
