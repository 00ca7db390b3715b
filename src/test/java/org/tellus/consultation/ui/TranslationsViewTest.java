package org.tellus.consultation.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationForm;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.QuestionForm;
import org.tellus.consultation.QuestionType;
import org.tellus.consultation.TranslationStatus;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer translates a consultation beside its original and offers it in Welsh (decision 035). */
@IntegrationTest
class TranslationsViewTest extends SpringBrowserlessTest {

    @Autowired
    ConsultationService consultations;

    private ConsultationDetails draft() {
        return SystemTask.runAs(Roles.OFFICER, () -> {
            ConsultationDetails c = consultations.create(ConsultationForm.of("Libraries " + UUID.randomUUID(), "About it.",
                    LocalDate.now(), LocalDate.now().plusDays(10), false));
            consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.SINGLE_CHOICE, "Do you visit?", true, "Yes", "No"));
            return consultations.consultation(c.id());
        });
    }

    private TranslationStatus welsh(ConsultationDetails c) {
        return SystemTask.runAs(Roles.OFFICER, () -> consultations.translationStatus(c.id()).getFirst());
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void anOfficerTranslatesBesideTheOriginalAndOffersTheLanguage() {
        ConsultationDetails c = draft();
        navigate("officer/consultations/" + c.id() + "/translations", TranslationsView.class);
        // The original is beside each field, read only.
        assertThat($(TextField.class).withLabel("Option, original").all()).extracting(TextField::getValue)
                .containsExactly("Yes", "No");
        test($(TextField.class).withLabel("Title in Cymraeg").single()).setValue("Llyfrgelloedd");
        test($(TextArea.class).withLabel("Summary in Cymraeg").single()).setValue("Amdano.");
        test($(TextField.class).withLabel("Question text in Cymraeg").single()).setValue("Ydych chi’n ymweld?");
        test($(Button.class).withText("Save the translation").single()).click();
        assertThat(welsh(c).complete()).isFalse();

        // Offering an incomplete translation is refused, with nothing changed.
        test($(CheckboxGroup.class).withLabel("Offered in, besides English").single()).selectItem("Cymraeg (not complete)");
        test($(Button.class).withText("Save the languages offered").single()).click();
        assertThat(welsh(c).offered()).isFalse();

        var options = $(TextField.class).withLabel("Option in Cymraeg").all();
        test(options.get(0)).setValue("Ydw");
        test(options.get(1)).setValue("Nac ydw");
        test($(Button.class).withText("Save the translation").single()).click();
        assertThat(welsh(c).complete()).isTrue();
        test($(CheckboxGroup.class).withLabel("Offered in, besides English").single()).selectItem("Cymraeg (complete)");
        test($(Button.class).withText("Save the languages offered").single()).click();
        assertThat(welsh(c).offered()).isTrue();
    }

    @Test
    @WithMockUser(roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void residentsAndFacilitatorsCannotOpenIt() {
        ConsultationDetails c = draft();
        try {
            navigate("officer/consultations/" + c.id() + "/translations", TranslationsView.class);
        } catch (IllegalArgumentException rerouted) {
            // The browserless API reports a reroute this way; the view shown is what matters.
        }
        assertThat(getCurrentView()).isNotInstanceOf(TranslationsView.class);
    }
}
