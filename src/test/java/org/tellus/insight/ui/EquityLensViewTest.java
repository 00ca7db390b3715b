package org.tellus.insight.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.account.ui.LoginView;
import org.tellus.base.security.Roles;
import org.tellus.insight.LensFixture;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The officer's equity lens, quotes, downloads and the page across consultations, without a browser. */
@IntegrationTest
@WithMockUser(username = "officer@example.org", roles = Roles.OFFICER)
class EquityLensViewTest extends SpringBrowserlessTest {

    private static LensFixture fixture;


    @Autowired
    ApplicationContext context;

    @BeforeEach
    void oneConsultation() {
        if (fixture == null) {
            fixture = LensFixture.forOneTestClass(context);
        }
    }

    @Test
    void theLensSaysInWordsWhichGroupDiffersAndHidesSmallGroups() {
        navigate(InsightView.class, Map.of("id", String.valueOf(fixture.id())));
        // By area, only two of the areas have anyone: every comparison would give a zero away.
        assertThat($(Paragraph.class).withTextContaining("No comparison can be shown").exists()).isTrue();

        test($(Select.class).withLabel("Compare by").single()).selectItem("Do you consider yourself to be disabled?");
        NativeTable lens = table("Themes by Do you consider yourself to be disabled?");
        List<String> disabled = cells(lens, "Transport and getting around", "Yes");
        assertThat(disabled).containsExactly("Transport and getting around", "Yes", "20", "67%", "30%", "0.003",
                "Clearly higher than everyone else");
        assertThat(cells(lens, "Transport and getting around", "No")).last().isEqualTo("Clearly lower than everyone else");
        // Clean streets (0 and 35) cannot be shown for any group, so the theme is left out.
        assertThat(lens.getBody().getRows()).map(EquityLensViewTest::texts)
                .noneMatch(row -> row.getFirst().equals("Clean streets and local services"));

        test($(Select.class).withLabel("Compare by").single()).selectItem("Network forum");
        assertThat($(Paragraph.class).withTextContaining("People posting in each network's forum").exists()).isTrue();
        assertThat($(Paragraph.class).withTextContaining("People who posted in these forums").exists()).isTrue();
    }

    @Test
    void anOfficerMarksAConsentedAnswerAsAQuoteFromTheDrillDown() {
        navigate(InsightView.class, Map.of("id", String.valueOf(fixture.id())));
        assertThat($(Paragraph.class).withText("No quotes yet. Open a theme’s responses to mark answers of people who agreed to be quoted.").exists()).isTrue();
        test($(Button.class).withText("40").withCondition(b -> "Show the 40 responses about Transport and getting around"
                .equals(b.getElement().getAttribute("aria-label"))).single()).click();
        Dialog dialog = $(Dialog.class).single();
        // 20 consented to be quoted; the 20 who did not are said so, with no button.
        assertThat($(Button.class, dialog).withText("Mark as quote").all()).hasSize(20);
        assertThat($(Span.class, dialog).withText("Not agreed to be quoted").all()).hasSize(20);
        test($(Button.class, dialog).withText("Mark as quote").first()).click();
        assertThat(test($(Notification.class).last()).getText()).contains("is a quote for the report");
        test($(Button.class, dialog).withText("Close").single()).click();

        NativeTable quotes = table("Answers marked as quotes");
        assertThat(quotes.getBody().getRowCount()).isEqualTo(1);
        assertThat(quotes.getBody().getRows().getFirst().getDataCells().get(1).getText()).isEqualTo("Buses are late");
        test($(Button.class).withText("Remove quote").single()).click();
        assertThat($(NativeTable.class).all()).noneMatch(t -> t.getCaptionText().startsWith("Answers marked as quotes"));
    }

    @Test
    void thePageOffersEachExportAsCsvAndExcel() {
        navigate(InsightView.class, Map.of("id", String.valueOf(fixture.id())));
        List<Anchor> links = $(Anchor.class).all().stream().filter(a -> a.getText().equals("CSV") || a.getText().equals("Excel")).toList();
        assertThat(links).hasSize(6).allSatisfy(a -> assertThat(a.getHref()).isNotBlank());
        assertThat(links).extracting(a -> a.getElement().getAttribute("aria-label"))
                .contains("Open data (counts only: no free text, no references, no equality data): Excel");
    }

    @Test
    void acrossConsultationsTheChosenOnesAreCounted() {
        navigate(CrossConsultationInsightView.class);
        test($(MultiSelectComboBox.class).withLabel("Consultations").single()).selectItem(fixture.consultation.title());
        assertThat($(Paragraph.class).withText("86 responses").exists()).isTrue();
        assertThat(cells(table("Responses by theme"), "Transport and getting around"))
                .containsExactly("Transport and getting around", "40", "47%");
    }

    @Test
    @WithMockUser(roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void residentsAndFacilitatorsCannotOpenThePageAcrossConsultations() {
        assertThat(viewAt("officer/insight")).isNotInstanceOf(CrossConsultationInsightView.class);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsSentToSignIn() {
        assertThat(viewAt("officer/insight")).isInstanceOf(LoginView.class);
    }

    private Object viewAt(String route) {
        try {
            navigate(route, CrossConsultationInsightView.class);
        } catch (IllegalArgumentException rerouted) {
            // The browserless API reports a reroute this way; the view shown is what matters.
        }
        return getCurrentView();
    }

    private NativeTable table(String captionStart) {
        return $(NativeTable.class).all().stream().filter(t -> t.getCaptionText().startsWith(captionStart))
                .findFirst().orElseThrow(() -> new AssertionError("no table " + captionStart));
    }

    /** The texts of the row whose first cells are {@code start}. */
    private static List<String> cells(NativeTable table, String... start) {
        return table.getBody().getRows().stream().map(EquityLensViewTest::texts)
                .filter(t -> t.size() >= start.length && t.subList(0, start.length).equals(List.of(start)))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + List.of(start)));
    }

    private static List<String> texts(NativeTableRow row) {
        return row.getAllCells().stream().map(c -> c.getChildren().findFirst()
                .map(child -> child instanceof HasText t ? t.getText() : "").orElse(((HasText) c).getText())).toList();
    }
}
