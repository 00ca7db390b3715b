package org.tellus.response.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.abuse.BotCheck;
import org.tellus.abuse.BotSolver;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.response.ResponseFilter;
import org.tellus.response.ResponseService;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A resident finds a consultation, answers it and gets a reference; mistakes are shown next to the field. */
@IntegrationTest
class ResidentAnswersViewTest extends SpringBrowserlessTest {

    @Autowired
    ConsultationService consultations;
    @Autowired
    AccountService accounts;
    @Autowired
    ResponseService responses;
    @Autowired
    JdbcTemplate jdbc;

    private ConsultationPageView open(ConsultationDetails c) {
        return navigate(ConsultationPageView.class, Map.of(ConsultationPageView.ID, String.valueOf(c.id())));
    }

    private Object viewAt(String route) {
        try {
            navigate(route, ConsultationPageView.class);
        } catch (IllegalArgumentException rerouted) {
            // The browserless API reports a reroute this way; the view shown is what matters.
        }
        return getCurrentView();
    }

    @Test
    @WithAnonymousUser
    void theFrontPageListsOpenConsultations() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Libraries " + UUID.randomUUID());
        ConsultationDetails other = Fixtures.openConsultationWithEveryQuestionType(consultations, "Parks " + UUID.randomUUID());
        navigate(OpenConsultationsView.class);
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getText).contains(c.title(), other.title());
        assertThat($(RouterLink.class).withText(other.title()).exists()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void aResidentAnswersAndSeesTheirReference() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Buses " + UUID.randomUUID());
        open(c);
        test($(TextArea.class).withLabelContaining("What matters most?").single()).setValue("Cheaper bus fares");
        test($(RadioButtonGroup.class).withLabelContaining("Happy here?").single()).selectItem("Yes");
        test($(RadioButtonGroup.class).withLabelContaining("How well do we listen?").single()).selectItem("4");
        BotSolver.solve($(BotCheck.class).single()); // what the page's script does in a browser
        test($(Button.class).withText("Send my answers").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ConfirmationView.class);
        String reference = $(Span.class).withClassName("tellus-reference").single().getText();
        assertThat(reference).matches("TU-[0-9A-Z]{4}-[0-9A-Z]{4}");
        long stored = SystemTask.runAs(Roles.OFFICER, () -> responses.countResponses(c.id(), ResponseFilter.none()));
        assertThat(stored).isEqualTo(1);
    }

    @Test
    @WithAnonymousUser
    void missingAndTooLongAnswersAreShownNextToTheirQuestions() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Errors " + UUID.randomUUID());
        open(c);
        TextArea text = $(TextArea.class).withLabelContaining("What matters most?").single();
        BotSolver.solve($(BotCheck.class).single()); // what the page's script does in a browser
        test($(Button.class).withText("Send my answers").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ConsultationPageView.class);
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Answer this question");
        RadioButtonGroup<?> happy = $(RadioButtonGroup.class).withLabelContaining("Happy here?").single();
        assertThat(happy.getErrorMessage()).isEqualTo("Answer this question");
        test(text).setValue("x".repeat(50));
        BotSolver.solve($(BotCheck.class).single()); // what the page's script does in a browser
        test($(Button.class).withText("Send my answers").single()).click();
        assertThat(text.isInvalid()).isFalse();
        assertThat(SystemTask.runAs(Roles.OFFICER, () -> responses.countResponses(c.id(), ResponseFilter.none()))).isZero();
    }

    @Test
    @WithAnonymousUser
    void publishedResultsAreListedAndShownOnTheConsultationPage() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Results " + UUID.randomUUID());
        SystemTask.runAs(Roles.OFFICER, () -> {
            consultations.close(c.id());
            return consultations.publishResults(c.id(), "You asked for later buses. From May the 192 runs until midnight.");
        });
        navigate(OpenConsultationsView.class);
        test($(RouterLink.class).withText(c.title()).single()).click();
        assertThat(getCurrentView()).isInstanceOf(ConsultationPageView.class);
        assertThat($(Paragraph.class).withTextContaining("the 192 runs until midnight").exists()).isTrue();
        assertThat($(Button.class).withText("Send my answers").exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void anAnonymousResidentAsksToHearTheResultsWithAnEmailAddress() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Hear " + UUID.randomUUID());
        open(c);
        test($(TextArea.class).withLabelContaining("What matters most?").single()).setValue("Cheaper bus fares");
        test($(RadioButtonGroup.class).withLabelContaining("Happy here?").single()).selectItem("Yes");
        test($(RadioButtonGroup.class).withLabelContaining("How well do we listen?").single()).selectItem("4");
        assertThat($(EmailField.class).withId("hear-back-email").exists()).as("only once ticked").isFalse();
        test($(Checkbox.class).withId("hear-back").single()).click();
        EmailField email = $(EmailField.class).withId("hear-back-email").single();
        assertThat(email.getLabel()).isEqualTo("Your email address, for the results");

        test($(Button.class).withText("Send my answers").single()).click();
        assertThat(getCurrentView()).as("no address: not sent").isInstanceOf(ConsultationPageView.class);
        assertThat(email.isInvalid()).isTrue();
        assertThat(SystemTask.runAs(Roles.OFFICER, () -> responses.countResponses(c.id(), ResponseFilter.none()))).isZero();

        test(email).setValue("reader@example.org");
        BotSolver.solve($(BotCheck.class).single()); // what the page's script does in a browser
        test($(Button.class).withText("Send my answers").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ConfirmationView.class);
        assertThat(jdbc.queryForList("SELECT email FROM response_hear_back WHERE consultation_id = ?", String.class, c.id()))
                .containsExactly("reader@example.org");
    }

    @Test
    @WithMockUser(username = "hears-back@example.org", roles = Roles.RESIDENT)
    void aSignedInResidentOnlyTicks() {
        Fixtures.namedUser(accounts, "hears-back@example.org", Roles.RESIDENT);
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Tick " + UUID.randomUUID());
        open(c);
        assertThat($(EmailField.class).withId("hear-back-email").exists()).isFalse();
        assertThat($(Checkbox.class).withId("hear-back").single().getHelperText()).contains("notifications");
    }

    @Test
    @WithAnonymousUser
    void closedConsultationsAreListedWithTheirResultsOrSaySoWhereNoneArePublished() {
        ConsultationDetails waiting = Fixtures.openConsultationWithEveryQuestionType(consultations, "Waiting " + UUID.randomUUID());
        ConsultationDetails published = Fixtures.openConsultationWithEveryQuestionType(consultations, "Done " + UUID.randomUUID());
        SystemTask.runAs(Roles.OFFICER, () -> {
            consultations.close(waiting.id());
            consultations.close(published.id());
            return consultations.publishResults(published.id(), "We heard you.");
        });
        navigate(OpenConsultationsView.class);
        ListItem waitingItem = item(waiting);
        assertThat(waitingItem.getElement().getTextRecursively()).contains("(results not yet published)");
        assertThat(waitingItem.getElement().getChildren().filter(e -> !e.isTextNode()).anyMatch(e -> "a".equals(e.getTag())
                && e.getAttribute("href").endsWith("/results"))).isFalse();
        ListItem publishedItem = item(published);
        assertThat(publishedItem.getElement().getTextRecursively()).contains("You said, we did").doesNotContain("not yet");
        assertThat(publishedItem.getElement().getChildren().filter(e -> !e.isTextNode()).anyMatch(e -> "a".equals(e.getTag())
                && ("consultations/" + published.id() + "/results").equals(e.getAttribute("href")))).isTrue();
    }

    private ListItem item(ConsultationDetails c) {
        return $(ListItem.class).all().stream().filter(li -> li.getElement().getTextRecursively().contains(c.title()))
                .findFirst().orElseThrow();
    }

    @Test
    @WithAnonymousUser
    void aClosedConsultationSaysSoAndOffersNoForm() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Closed " + UUID.randomUUID());
        SystemTask.runAs(Roles.OFFICER, () -> consultations.close(c.id()));
        open(c);
        assertThat($(Paragraph.class).withTextContaining("This consultation is closed").exists()).isTrue();
        assertThat($(Button.class).withText("Send my answers").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "resident@example.org", roles = Roles.RESIDENT)
    void aSignedInResidentSavesAndComesBackToTheirAnswers() {
        Fixtures.namedUser(accounts, "resident@example.org", Roles.RESIDENT);
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Drafts " + UUID.randomUUID());
        open(c);
        test($(TextArea.class).withLabelContaining("What matters most?").single()).setValue("Safer crossings");
        test($(Button.class).withText("Save and finish later").single()).click();

        open(c);
        assertThat($(TextArea.class).withLabelContaining("What matters most?").single().getValue()).isEqualTo("Safer crossings");
        assertThat($(Paragraph.class).withTextContaining("filled in the answers you saved").exists()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void anUnknownReferenceOrConsultationShowsPageNotFound() {
        assertThat(viewAt("consultations/999999999")).isInstanceOf(org.tellus.base.ui.NotFoundView.class);
        assertThat(viewAt("consultations/not-a-number")).isInstanceOf(org.tellus.base.ui.NotFoundView.class);
        assertThat(viewAt("confirmation/TU-0000-0000")).isInstanceOf(org.tellus.base.ui.NotFoundView.class);
    }
}
