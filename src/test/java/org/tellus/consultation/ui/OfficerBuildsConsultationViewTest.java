package org.tellus.consultation.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.ConsultationStatus;
import org.tellus.consultation.QuestionType;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer creates a consultation, adds a question and opens it. */
@IntegrationTest
@WithMockUser(username = "officer@example.org", roles = Roles.OFFICER)
class OfficerBuildsConsultationViewTest extends SpringBrowserlessTest {

    @Autowired
    ConsultationService consultations;

    @Test
    void anOfficerCreatesAddsAQuestionAndOpens() {
        String title = "Town centre " + UUID.randomUUID();
        navigate(ConsultationsView.class);
        test($(Button.class).withText("New consultation").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ConsultationEditorView.class);

        test($(Button.class).withText("Save").single()).click();
        assertThat($(TextField.class).withLabel("Title").single().isInvalid()).isTrue();

        test($(TextField.class).withLabel("Title").single()).setValue(title);
        test($(TextArea.class).withLabel("Summary").single()).setValue("What should change in the town centre?");
        test($(Button.class).withText("Save").single()).click();
        assertThat($(H1.class).withText(title).exists()).isTrue();

        test($(Button.class).withText("Add a question").single()).click();
        test($(Select.class).withLabel("Type of question").single()).selectItem("Free text");
        test($(TextField.class).withLabel("Question").single()).setValue("What would you change?");
        test($(Button.class).withText("Save").last()).click();
        test($(Button.class).withText("Open for answers").single()).click();

        ConsultationDetails created = consultations.allConsultations().stream().filter(c -> c.title().equals(title))
                .findFirst().orElseThrow();
        assertThat(created.status()).isEqualTo(ConsultationStatus.OPEN);
        assertThat(created.questions()).singleElement().satisfies(q -> {
            assertThat(q.type()).isEqualTo(QuestionType.FREE_TEXT);
            assertThat(q.prompt()).isEqualTo("What would you change?");
        });
    }

    @Test
    void openingWithoutQuestionsIsRefusedWithAMessage() {
        ConsultationDetails c = consultations.create(org.tellus.consultation.ConsultationForm.of("Empty " + UUID.randomUUID(),
                "x", null, null, false));
        navigate(ConsultationEditorView.class, Map.of(ConsultationEditorView.ID, String.valueOf(c.id())));
        test($(Button.class).withText("Open for answers").single()).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Add at least one question before opening the consultation");
    }
}
