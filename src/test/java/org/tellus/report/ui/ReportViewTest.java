package org.tellus.report.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.account.ui.LoginView;
import org.tellus.base.security.Roles;
import org.tellus.report.ReportFixture;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The officer shapes, previews and publishes the report; residents and visitors cannot open it. */
@IntegrationTest
@WithMockUser(username = "officer@example.org", roles = Roles.OFFICER)
class ReportViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theOfficerPreviewsTablesWithSmallCellsSuppressedAndPublishesAVersion() {
        ReportFixture fixture = new ReportFixture(context);
        navigate(ReportView.class, Map.of("id", String.valueOf(fixture.id)));
        assertThat(rows("Responses by area")).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("fewer than 10"));
        assertThat(rows("Responses bearing on each plan priority")).anySatisfy(r ->
                assertThat(r).containsExactly("An enterprising and thriving Stockport", r.get(1), "19", "59%"));
        assertThat($(Anchor.class).withText("Download as PDF").exists()).isTrue();
        assertThat($(Anchor.class).withText("Download as Word (DOCX)").exists()).isTrue();
        assertThat($(Paragraph.class).withText("Not published yet.").exists()).isTrue();

        test($(TextArea.class).withLabel("Introduction (shown first, and as the consultation's results summary)").single())
                .setValue("Thank you to everyone who took part.");
        test($(Button.class).withText("Publish").single()).click();
        assertThat($(ListItem.class).all()).anySatisfy(item -> assertThat(item.getText()).contains("(version 1)"));
        assertThat($(Paragraph.class).withText("Thank you to everyone who took part.").exists()).isTrue();
        assertThat($(H2.class).withText("You said, we did").exists()).isTrue();
    }

    @Test
    void themesOverTimeAndTheForumsArePreviewedAndMayBeLeftOut() {
        ReportFixture fixture = new ReportFixture(context);
        navigate(ReportView.class, Map.of("id", String.valueOf(fixture.id)));
        assertThat($(H3.class).withText("How the themes changed over time").exists()).isTrue();
        assertThat($(H3.class).withText("What the networks’ forums said").exists()).isTrue();
        assertThat(rows("Responses mentioning each of the most mentioned themes")).last()
                .satisfies(r -> assertThat(r.getFirst()).isEqualTo("All responses whose free text was read"));

        test($(CheckboxGroup.class).withLabel("Sections to leave out").single()).selectItem("How the themes changed over time");
        test($(Button.class).withText("Save draft").single()).click();
        navigate(ReportView.class, Map.of("id", String.valueOf(fixture.id)));
        assertThat($(H3.class).withText("How the themes changed over time").exists()).isFalse();
        assertThat($(H3.class).withText("What the networks’ forums said").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "resident@example.org", roles = Roles.RESIDENT)
    void residentsCannotOpenIt() {
        ReportFixture fixture = new ReportFixture(context);
        assertThat(viewAt("officer/consultations/" + fixture.id + "/report")).isNotInstanceOf(ReportView.class);
    }

    @Test
    @org.springframework.security.test.context.support.WithAnonymousUser
    void anAnonymousVisitorIsSentToSignIn() {
        ReportFixture fixture = new ReportFixture(context);
        assertThat(viewAt("officer/consultations/" + fixture.id + "/report")).isInstanceOf(LoginView.class);
    }

    private Object viewAt(String route) {
        try {
            navigate(route, ReportView.class);
        } catch (IllegalArgumentException rerouted) {
            // The browserless API reports a reroute this way; the view shown is what matters.
        }
        return getCurrentView();
    }

    private List<List<String>> rows(String captionStart) {
        NativeTable table = $(NativeTable.class).all().stream().filter(t -> t.getCaptionText().startsWith(captionStart))
                .findFirst().orElseThrow();
        return table.getBody().getRows().stream().map(ReportViewTest::texts).toList();
    }

    private static List<String> texts(NativeTableRow row) {
        return row.getChildren().map(c -> c.getElement().getText()).toList();
    }
}
