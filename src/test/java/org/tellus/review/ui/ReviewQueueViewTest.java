package org.tellus.review.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.account.ui.LoginView;
import org.tellus.base.security.Roles;
import org.tellus.consultation.ConsultationService;
import org.tellus.insight.InsightFixture;
import org.tellus.response.ResponseRow;
import org.tellus.response.ui.ResponsesView;
import org.tellus.review.ReviewFilter;
import org.tellus.review.ReviewService;
import org.tellus.tagging.TaggingService;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer works through the review queue: removes and adds themes, accepts, and accepts a filtered set in bulk
 * after a confirmation that gives the number. The machine's tags are those of {@link InsightFixture}.
 */
@IntegrationTest
@WithMockUser(username = "officer@example.org", roles = Roles.OFFICER)
class ReviewQueueViewTest extends SpringBrowserlessTest {

    private static final String TRANSPORT = "Transport and getting around";
    private static final String CLEAN = "Clean streets and local services";

    private InsightFixture fixture;
    private long leastCertain;

    @Autowired
    ApplicationContext context;
    @Autowired
    ConsultationService consultations;
    @Autowired
    TaggingService tagging;
    @Autowired
    ReviewService reviews;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aFreshConsultation() {
        fixture = InsightFixture.create(context);
        // The machine was fairly sure of every answer but the last one about bins.
        jdbc.update("""
                UPDATE answer_tagging t JOIN answer a ON a.id = t.answer_id JOIN response r ON r.id = a.response_id
                SET t.certainty = 0.4 WHERE r.consultation_id = ?""", fixture.id());
        leastCertain = jdbc.queryForObject("""
                SELECT MAX(a.id) FROM answer a JOIN response r ON r.id = a.response_id
                WHERE r.consultation_id = ? AND a.text_value = 'Bins not emptied'""", Long.class, fixture.id());
        jdbc.update("UPDATE answer_tagging SET certainty = 0.02 WHERE answer_id = ?", leastCertain);
    }

    @Test
    void theLeastCertainComesFirstAndTheOfficerRemovesAndAddsThemesThenAccepts() {
        navigate(ReviewQueueView.class, Map.of("id", String.valueOf(fixture.id())));
        assertThat(progress()).isEqualTo("32 answers to review, 0 reviewed.");
        assertThat($(DescriptionList.class).single().getElement().getTextRecursively()).contains("Alt+T", "Enter (on the answer)");
        String first = $(ReviewCard.class).single().getElement().getTextRecursively();
        assertThat(first).contains("Bins not emptied", "its closest call was 2 points from the line");
        assertThat(chips()).singleElement().asString().isEqualTo("1. " + CLEAN + " (suggested at 90%: test)");

        test($(Button.class).withAttribute("aria-label", "Remove " + CLEAN).single()).click();
        assertThat(chips()).isEmpty();
        assertThat($(Paragraph.class).withText("No theme: accepting records that none of the themes applies.").exists()).isTrue();

        test($(ComboBox.class).withId("review-add-theme").single()).selectItem(TRANSPORT);
        assertThat(chips()).singleElement().asString().isEqualTo("1. " + TRANSPORT + " (added by you)");

        test($(Button.class).withText("Accept and next").single()).click();
        assertThat(progress()).isEqualTo("Saved your themes for " + reference(first) + ". 31 answers to review, 1 reviewed.");
        assertThat(jdbc.queryForList("SELECT theme_id FROM officer_tag WHERE answer_id = ?", String.class, leastCertain))
                .containsExactly("transport");
        assertThat($(ReviewCard.class).single().getElement().getTextRecursively()).doesNotContain(reference(first));

        test($(Button.class).withText("None of these").single()).click();
        assertThat(progress()).endsWith("30 answers to review, 2 reviewed.");
    }

    @Test
    void bulkAcceptConfirmsTheNumberFirst() {
        navigate(ReviewQueueView.class, Map.of("id", String.valueOf(fixture.id())));
        test($(Select.class).withLabel("Suggestions all at least").single()).selectItem("80%");
        test($(ComboBox.class).withLabel("Suggested theme").single()).selectItem(CLEAN);
        assertThat(progress()).isEqualTo("12 answers to review, 0 reviewed.");

        test($(Button.class).withText("Accept all that match…").single()).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("Accept 12 answers?");
        test(dialog).cancel();
        assertThat(reviews.progress(fixture.id(), ReviewFilter.none()).reviewed()).isZero();

        test($(Button.class).withText("Accept all that match…").single()).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(progress()).isEqualTo("0 answers to review, 12 reviewed.");
        assertThat(reviews.progress(fixture.id(), ReviewFilter.none()).waiting()).isEqualTo(20);
    }

    @Test
    void aResponseShowsTheOfficersDecisionNextToTheMachinesSuggestion() {
        reviews.acceptAll(fixture.id(), new ReviewFilter(null, "transport"));
        navigate(ResponsesView.class, Map.of("id", String.valueOf(fixture.id())));
        open(reference(leastCertain));
        String bins = $(Dialog.class).single().getElement().getTextRecursively();
        assertThat(bins).contains("Not reviewed by an officer yet", "Machine’s suggestion: " + CLEAN + " (90%: test)");

        $(Dialog.class).last().close();
        open(referenceOf("Buses are late"));
        assertThat($(Dialog.class).last().getElement().getTextRecursively())
                .containsPattern("Officer’s decision \\(officer@example.org, [^)]+\\): " + TRANSPORT)
                .contains("Machine’s suggestion: " + TRANSPORT + " (90%: test)");
    }

    @Test
    @WithMockUser(roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void residentsAndFacilitatorsCannotOpenIt() {
        assertThat(viewAt("officer/consultations/" + fixture.id() + "/review")).isNotInstanceOf(ReviewQueueView.class);
        assertThat(viewAt("officer/models")).isNotInstanceOf(ModelsView.class);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsSentToSignIn() {
        assertThat(viewAt("officer/consultations/" + fixture.id() + "/review")).isInstanceOf(LoginView.class);
        assertThat(viewAt("officer/models")).isInstanceOf(LoginView.class);
    }

    private Object viewAt(String route) {
        try {
            navigate(route, ReviewQueueView.class);
        } catch (IllegalArgumentException rerouted) {
            // The browserless API reports a reroute this way; the view shown is what matters.
        }
        return getCurrentView();
    }

    private String progress() {
        return $(Paragraph.class).withId("review-progress").single().getText();
    }

    private List<String> chips() {
        return $(ListItem.class).withClassName("tellus-review-chip").all().stream()
                .map(chip -> chip.getChildren().findFirst().orElseThrow().getElement().getText()).toList();
    }

    /** Opens a response from the officer's list, as selecting its row does. */
    @SuppressWarnings("unchecked")
    private void open(String reference) {
        Grid<ResponseRow> grid = $(Grid.class).single();
        grid.select(grid.getLazyDataView().getItems().filter(r -> r.reference().equals(reference)).findFirst().orElseThrow());
    }

    private String reference(long answerId) {
        return jdbc.queryForObject("SELECT r.reference FROM response r JOIN answer a ON a.response_id = r.id WHERE a.id = ?",
                String.class, answerId);
    }

    private String referenceOf(String text) {
        return jdbc.queryForObject("""
                SELECT MIN(r.reference) FROM response r JOIN answer a ON a.response_id = r.id
                WHERE r.consultation_id = ? AND a.text_value = ?""", String.class, fixture.id(), text);
    }

    private static String reference(String cardText) {
        return cardText.replaceAll("(?s).*Response (TU-[0-9A-Z]{4}-[0-9A-Z]{4}).*", "$1");
    }
}
