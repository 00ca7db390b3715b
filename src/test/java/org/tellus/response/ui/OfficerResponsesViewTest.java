package org.tellus.response.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.response.AnswerInput;
import org.tellus.response.Channel;
import org.tellus.response.SubmissionRequest;
import org.tellus.response.ResponseFilter;
import org.tellus.response.ResponseService;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer enters a phone response for a resident and finds it in the filtered list. */
@IntegrationTest
@WithMockUser(username = "officer@example.org", roles = Roles.OFFICER)
class OfficerResponsesViewTest extends SpringBrowserlessTest {

    @Autowired
    ConsultationService consultations;
    @Autowired
    ResponseService responses;

    @Test
    void anOfficerEntersAPhoneResponseAndFiltersByChannel() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Phone " + UUID.randomUUID());
        Map<String, String> id = Map.of("id", String.valueOf(c.id()));
        navigate(AssistedEntryView.class, id);
        test($(Button.class).withText("Save the response").single()).click();
        assertThat($(RadioButtonGroup.class).withLabel("How did this response reach us?").single().getErrorMessage())
                .isEqualTo("Choose how this response reached us");

        test($(RadioButtonGroup.class).withLabel("How did this response reach us?").single()).selectItem("Phone");
        test($(TextArea.class).withLabelContaining("What matters most?").single()).setValue("Fix the potholes");
        test($(RadioButtonGroup.class).withLabelContaining("Happy here?").single()).selectItem("No");
        test($(RadioButtonGroup.class).withLabelContaining("How well do we listen?").single()).selectItem("2");
        test($(Button.class).withText("Save the response").single()).click();
        assertThat(responses.countResponses(c.id(), new ResponseFilter(null, null, Channel.PHONE, null))).isEqualTo(1);

        navigate(ResponsesView.class, id);
        assertThat($(Paragraph.class).withText("1 responses").exists()).isTrue();
        Grid<?> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        test($(Select.class).withLabel("Channel").single()).selectItem("Paper form");
        assertThat($(Paragraph.class).withText("0 responses").exists()).isTrue();
    }

    @Test
    void anOfficerSeesASuspectedFloodAndExcludesAResponseWithAReason() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Flood " + UUID.randomUUID());
        for (int i = 0; i < 5; i++) {
            var q = c.questions();
            responses.submit(new SubmissionRequest(c.id(), UUID.randomUUID().toString(), java.util.List.of(
                    AnswerInput.text(q.get(0).id(), "Scripted answer " + i),
                    AnswerInput.options(q.get(1).id(), java.util.List.of(q.get(1).options().getFirst().id()), null),
                    AnswerInput.number(q.get(3).id(), 1)), Map.of(), false, Channel.ONLINE), "ab".repeat(16));
        }
        navigate(ResponsesView.class, Map.of("id", String.valueOf(c.id())));
        var grid = test($(Grid.class).single());
        assertThat(grid.size()).isEqualTo(5);
        assertThat(grid.getCellText(0, 5)).isEqualTo("Many from one connection");

        grid.clickRow(0); // (a click both selects the row and clicks it: the list opens the response twice)
        test($(Button.class).withText("Exclude from the analysis").first()).click();
        TextArea reason = $(TextArea.class).withLabel("Why exclude it?").first();
        assertThat(reason.isInvalid()).isTrue();
        test(reason).setValue("Five answers from one connection in a minute");
        test($(Button.class).withText("Exclude from the analysis").first()).click();
        assertThat($(Paragraph.class).withText("4 responses").exists()).isTrue();
        assertThat(responses.countResponses(c.id(), ResponseFilter.none())).isEqualTo(4);
    }

    @Test
    void theDemoConsultationShowsItsPublicDataResponses() {
        long demo = consultations.allConsultations().stream().filter(c -> c.title().equals("Tell us your priorities"))
                .findFirst().orElseThrow().id();
        navigate(ResponsesView.class, Map.of("id", String.valueOf(demo)));
        assertThat(responses.countResponses(demo, ResponseFilter.none())).isGreaterThanOrEqualTo(36);
        assertThat(test($(Grid.class).single()).size()).isGreaterThanOrEqualTo(36);
    }
}
