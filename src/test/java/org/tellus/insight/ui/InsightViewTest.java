package org.tellus.insight.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.HasText;
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
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.insight.InsightFixture;
import org.tellus.response.ResponseService;
import org.tellus.tagging.TaggingService;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer sees what people said: a chart with its table alternative, priorities, and suppressed small cells. */
@IntegrationTest
@WithMockUser(username = "officer@example.org", roles = Roles.OFFICER)
class InsightViewTest extends SpringBrowserlessTest {

    private static InsightFixture fixture;

    @Autowired
    ApplicationContext context;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ResponseService responses;
    @Autowired
    TaggingService tagging;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void oneConsultation() {
        if (fixture == null) {
            fixture = InsightFixture.create(context);
        }
    }

    @Test
    void theChartHasATableAlternativeAndSmallCellsSayFewerThanTen() {
        navigate(InsightView.class, Map.of("id", String.valueOf(fixture.id())));
        assertThat($(Paragraph.class).withText("32 responses").exists()).isTrue();

        assertThat(table("Responses by channel").getBody().getRowCount()).isEqualTo(2);
        assertThat(table("Responses by day").getBody().getRowCount()).isEqualTo(2);

        assertThat($(Div.class).withClassName("tellus-bar").all()).isNotEmpty();
        NativeTable themes = table("Responses by theme");
        assertThat(cells(themes, "Transport and getting around")).containsExactly("Transport and getting around", "19", "59%");
        assertThat(cells(themes, "Housing and homelessness")).containsExactly("Housing and homelessness", "fewer than 10", "");

        NativeTable byArea = table("Responses by theme and area");
        List<String> transport = cells(byArea, "Transport and getting around");
        assertThat(transport).contains("fewer than 10").doesNotContain("9", "10", "0");

        assertThat(table("How many responses bear on each plan priority").getBody().getRowCount()).isPositive();
    }

    @Test
    void whileALargeRecountIsUnderWayThePageSaysItIsStillCounting() {
        // More changes than a page recounts before reading (10 batches of 2,000), all for one response; the
        // background sweep may take some meanwhile but not 200,000 in the moment between catching up and counting.
        long response = jdbc.queryForObject("SELECT MIN(id) FROM response WHERE consultation_id = ?", Long.class, fixture.id());
        jdbc.update("INSERT INTO insight_change (response_id, consultation_id) SELECT ?, ? FROM seq_1_to_200000",
                response, fixture.id());
        try {
            navigate(InsightView.class, Map.of("id", String.valueOf(fixture.id())));
            assertThat($(Paragraph.class).id("insight-counting").getText())
                    .startsWith("Still counting ").contains("recent changes");
            // The figures are there all the same, as counted so far.
            assertThat($(Paragraph.class).withText("32 responses").exists()).isTrue();
        } finally {
            jdbc.update("DELETE FROM insight_change WHERE response_id = ?", response);
        }
        navigate(InsightView.class, Map.of("id", String.valueOf(fixture.id())));
        assertThat($(Paragraph.class).withId("insight-counting").exists()).isFalse();
    }

    @Test
    void aShownCountOpensTheResponsesBehindIt() {
        navigate(InsightView.class, Map.of("id", String.valueOf(fixture.id())));
        test($(Button.class).withText("19").single()).click();
        Dialog dialog = $(Dialog.class).single();
        NativeTable listed = $(NativeTable.class, dialog).single();
        assertThat(listed.getBody().getRowCount()).isEqualTo(19);
        assertThat(cells(listed, listed.getBody().getRows().getFirst().getHeaderCells().getFirst().getText()))
                .element(1).isIn("Buses are late", "Trains are full");
    }

    @Test
    void theAreaFilterNarrowsTheNumbersAndSuppressesSmallOnes() {
        navigate(InsightView.class, Map.of("id", String.valueOf(fixture.id())));
        test($(ComboBox.class).withLabel("Area").single()).selectItem("Bredbury and Woodley");
        assertThat($(Paragraph.class).withText("9 responses").exists()).isTrue();
        assertThat(cells(table("Responses by theme"), "Transport and getting around"))
                .containsExactly("Transport and getting around", "fewer than 10", "");
        assertThat($(Button.class).withText("9").exists()).isFalse();
    }

    @Test
    void themesOverTimeShowByWeekOrMonthWithSmallCellsAndWhatWouldRevealThemSuppressed() {
        ConsultationDetails march = InsightFixture.march2003(context);
        navigate(InsightView.class, Map.of("id", String.valueOf(march.id())));
        NativeTable weeks = table("Responses mentioning each theme, by week");
        assertThat(weeks.getHead().getRows().getFirst().getHeaderCells()).extracting(c -> c.getText())
                .containsExactly("Theme", "3 Mar 2003", "10 Mar 2003", "17 Mar 2003", "24 Mar 2003");
        assertThat(cells(weeks, "Transport and getting around"))
                .containsExactly("Transport and getting around", "12", "15", "fewer than 10", "fewer than 10");
        assertThat(weeks.getBody().getRows()).as("housing is suppressed in every week, so not listed")
                .noneMatch(r -> r.getHeaderCells().getFirst().getText().equals("Housing and homelessness"));
        assertThat(cells(weeks, "Responses whose free text was read")).containsExactly("Responses whose free text was read",
                "24", "18", "fewer than 10", "fewer than 10");
        assertThat($(Div.class).withClassName("tellus-sparkline").all()).as("a chart beside the table").hasSize(1);

        // A shown count opens the responses behind it: transport in the week of 10 March.
        Button week = $(Button.class).all().stream().filter(b -> b.getAriaLabel().orElse("")
                .equals("Show the 15 responses about Transport and getting around in the period starting 10 Mar 2003")).findFirst().orElseThrow();
        test(week).click();
        assertThat($(NativeTable.class, $(Dialog.class).single()).single().getBody().getRowCount()).isEqualTo(15);
        $(Dialog.class).single().close();

        test($(RadioButtonGroup.class).withLabel("Show by").single()).selectItem("Month");
        assertThat(cells(table("Responses mentioning each theme, by month"), "Housing and homelessness"))
                .containsExactly("Housing and homelessness", "15");
    }

    @Test
    void theQuestionFilterIsOnThePage() {
        navigate(InsightView.class, Map.of("id", String.valueOf(fixture.id())));
        Select<?> question = $(Select.class).withLabel("Free-text question counted").single();
        test(question).selectItem("What matters most?");
        assertThat(cells(table("Responses by theme"), "Transport and getting around")).element(1).isEqualTo("19");
    }

    @Test
    void theForumsAreASeparateColumnTheOfficerTurnsOn() {
        navigate(InsightView.class, Map.of("id", String.valueOf(fixture.id())));
        assertThat(headers(table("Responses by theme"))).doesNotContain("Forum posters");
        test($(Checkbox.class).withId("insight-with-forums").single()).click();
        NativeTable themes = table("Responses by theme");
        assertThat(headers(themes)).containsExactly("Theme", "Responses", "Share", "Forum posters", "Share of forum posters");
        assertThat(cells(themes, "Transport and getting around")).as("the answers' own figures unchanged")
                .startsWith("Transport and getting around", "19", "59%");
        assertThat(headers(table("How many responses bear on each plan priority"))).endsWith("Forum posters");
        assertThat($(Paragraph.class).withTextContaining("People whose forum posts were read").exists()).isTrue();
        // Whatever other tests posted meanwhile, a forum cell is a number of 10 or more, or says fewer than 10.
        themes.getBody().getRows().forEach(r -> assertThat(((HasText) r.getAllCells().get(3)).getText())
                .matches("fewer than 10|[1-9][0-9,]+"));
    }

    private static List<String> headers(NativeTable table) {
        return table.getHead().getRows().getFirst().getHeaderCells().stream().map(c -> c.getText()).toList();
    }

    @Test
    @WithMockUser(roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void residentsAndFacilitatorsCannotOpenIt() {
        assertThat(viewAt("officer/consultations/" + fixture.id() + "/insight")).isNotInstanceOf(InsightView.class);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsSentToSignIn() {
        assertThat(viewAt("officer/consultations/" + fixture.id() + "/insight")).isInstanceOf(LoginView.class);
    }

    private Object viewAt(String route) {
        try {
            navigate(route, InsightView.class);
        } catch (IllegalArgumentException rerouted) {
            // The browserless API reports a reroute this way; the view shown is what matters.
        }
        return getCurrentView();
    }

    private NativeTable table(String captionStart) {
        return $(NativeTable.class).all().stream().filter(t -> t.getCaptionText().startsWith(captionStart))
                .findFirst().orElseThrow(() -> new AssertionError("no table " + captionStart));
    }

    /** The texts of the row whose header is {@code header}. */
    private static List<String> cells(NativeTable table, String header) {
        NativeTableRow row = table.getBody().getRows().stream()
                .filter(r -> r.getHeaderCells().getFirst().getText().equals(header)).findFirst().orElseThrow();
        return row.getAllCells().stream().map(c -> c.getChildren().findFirst()
                .map(child -> child instanceof HasText t ? t.getText() : "").orElse(((HasText) c).getText())).toList();
    }
}
