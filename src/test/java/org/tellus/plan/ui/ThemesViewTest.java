package org.tellus.plan.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.account.ui.LoginView;
import org.tellus.base.security.Roles;
import org.tellus.plan.ThemeFixture;
import org.tellus.plan.ThemeSummary;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer edits, merges and retires themes on the Themes page; nobody else can open it. */
@IntegrationTest
@WithMockUser(username = "officer@example.org", roles = Roles.OFFICER)
class ThemesViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private ThemeFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ThemeFixture(jdbc);
    }

    @AfterEach
    void removeTestThemes() {
        fixture.remove();
    }

    @Test
    void anOfficerRenamesAThemeAndAddsExampleStatements() {
        String id = fixture.theme("Markets");
        navigate(ThemesView.class);
        assertThat(rowOf("Housing and homelessness")).isNotNegative();
        edit(id);

        test($(TextField.class).withLabel("Name").single()).setValue("Markets and high streets");
        test($(TextArea.class).withLabel("Example statements").single()).setValue("Bring back the market\n\nMore stalls");
        test($(Button.class).withText("Save theme").single()).click();

        assertThat(lastNotification()).isEqualTo("Theme Markets and high streets saved.");
        assertThat(rowOf("Markets and high streets")).isNotNegative();
        assertThat(jdbc.queryForList("SELECT text FROM theme_example WHERE theme_id = ? ORDER BY position", String.class, id))
                .containsExactly("Bring back the market", "More stalls");
    }

    @Test
    void whenSomeoneElseSavedFirstTheOfficerIsToldAndNothingIsOverwritten() {
        String id = fixture.theme("Toilets");
        navigate(ThemesView.class);
        edit(id);
        jdbc.update("UPDATE theme SET name = 'Public toilets', version = version + 1 WHERE id = ?", id);

        test($(TextField.class).withLabel("Name").single()).setValue("Toilets everywhere");
        test($(Button.class).withText("Save theme").single()).click();

        assertThat(lastNotification()).startsWith("Someone else changed this theme while you were editing it.");
        assertThat(jdbc.queryForObject("SELECT name FROM theme WHERE id = ?", String.class, id)).isEqualTo("Public toilets");
    }

    @Test
    void anOfficerMergesOneThemeIntoAnotherAfterConfirming() {
        String from = fixture.theme("Dog fouling");
        String into = fixture.theme("Clean streets");
        navigate(ThemesView.class);
        edit(from);
        @SuppressWarnings("unchecked")
        Select<ThemeSummary> target = $(Select.class).withLabel("Merge this theme into").single();
        test(target).selectItem(name(into));
        test($(Button.class).withText("Merge themes").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(jdbc.queryForObject("SELECT retired FROM theme WHERE id = ?", Boolean.class, from)).isTrue();
        assertThat(test(grid()).getCellText(rowOf(name(from)), 1)).isEqualTo("Retired (kept in past results)");
    }

    @Test
    void retiringAsksFirstAndCancellingChangesNothing() {
        String id = fixture.theme("Kiosks");
        navigate(ThemesView.class);
        edit(id);
        test($(Button.class).withText("Retire theme").single()).click();
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(jdbc.queryForObject("SELECT retired FROM theme WHERE id = ?", Boolean.class, id)).isFalse();

        test($(Button.class).withText("Retire theme").single()).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(jdbc.queryForObject("SELECT retired FROM theme WHERE id = ?", Boolean.class, id)).isTrue();
        assertThat(test(grid()).getCellComponent(rowOf(name(id)), 4).getElement().isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void residentsAndFacilitatorsCannotOpenIt() {
        assertThat(viewAt("officer/themes")).isNotInstanceOf(ThemesView.class);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsSentToSignIn() {
        assertThat(viewAt("officer/themes")).isInstanceOf(LoginView.class);
    }

    private void edit(String themeId) {
        test((Button) test(grid()).getCellComponent(rowOf(name(themeId)), 4)).click();
    }

    private String name(String themeId) {
        return jdbc.queryForObject("SELECT name FROM theme WHERE id = ?", String.class, themeId);
    }

    @SuppressWarnings("unchecked")
    private Grid<ThemeSummary> grid() {
        return $(Grid.class).single();
    }

    private int rowOf(String name) {
        var grid = test(grid());
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getCellText(row, 0).equals(name)) {
                return row;
            }
        }
        return -1;
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    private Object viewAt(String route) {
        try {
            navigate(route, ThemesView.class);
        } catch (IllegalArgumentException rerouted) {
            // The browserless API reports a reroute this way; the view shown is what matters.
        }
        return getCurrentView();
    }
}
