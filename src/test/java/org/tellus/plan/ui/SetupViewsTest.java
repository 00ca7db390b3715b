package org.tellus.plan.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
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
import org.tellus.base.ui.CouncilFrame;
import org.tellus.plan.AreaSetupService;
import org.tellus.plan.AreaSummary;
import org.tellus.plan.SetupFixture;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator uses each set-up page; officers, residents and facilitators cannot open any of them. */
@IntegrationTest
@WithMockUser(username = "admin@example.org", roles = Roles.ADMIN)
class SetupViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AreaSetupService areas;
    @Autowired
    CouncilFrame frame;

    SetupFixture fixture;
    List<Map<String, Object>> council;

    @BeforeEach
    void fixture() {
        fixture = new SetupFixture(jdbc);
        council = jdbc.queryForList("SELECT name, contact_email, version FROM council");
    }

    @AfterEach
    void remove() {
        fixture.remove();
        council.forEach(row -> jdbc.update("UPDATE council SET name = ?, contact_email = ? WHERE id = 1",
                row.get("name"), row.get("contact_email")));
    }

    @Test
    void anAdministratorNamesTheCouncilAndTheFrameShowsIt() {
        navigate(CouncilView.class);
        test($(TextField.class).withLabel("Council name").single()).setValue(fixture.name("Borough of Eastmere"));
        test($(Button.class).withText("Save the council").single()).click();

        assertThat(lastNotification()).isEqualTo(fixture.name("Borough of Eastmere") + " saved.");
        assertThat(jdbc.queryForObject("SELECT name FROM council WHERE id = 1", String.class))
                .isEqualTo(fixture.name("Borough of Eastmere"));
        // The page frame is built once per page load; the next one shows the name.
        assertThat(frame.brand()).hasValueSatisfying(brand -> assertThat(brand.getElement().getTextRecursively())
                .isEqualTo(fixture.name("Borough of Eastmere")));
        assertThat(frame.footer()).hasValueSatisfying(footer -> assertThat(footer.getElement().getTextRecursively())
                .contains(fixture.name("Borough of Eastmere")));

        $(CouncilView.class).single().logoReceived("GIF89a".getBytes(StandardCharsets.US_ASCII));
        assertThat(lastNotification()).isEqualTo("The logo must be a PNG or JPEG image.");
    }

    @Test
    void anAdministratorAddsAPlanWithItsPeriodAndAPriority() {
        navigate(PlansView.class);
        test($(Button.class).withText("Add a plan").single()).click();
        test($(TextField.class).withLabel("Plan name").single()).setValue(fixture.name("Eastmere Plan"));
        test($(IntegerField.class).withLabel("First year").single()).setValue(2027);
        test($(IntegerField.class).withLabel("Last year").single()).setValue(2026);
        test($(Button.class).withText("Save the plan").single()).click();
        assertThat(lastNotification()).isEqualTo("The last year cannot come before the first.");
        test($(IntegerField.class).withLabel("Last year").single()).setValue(2031);
        test($(Button.class).withText("Save the plan").single()).click();
        assertThat(jdbc.queryForObject("SELECT ends_year FROM council_plan WHERE name = ?", Integer.class,
                fixture.name("Eastmere Plan"))).isEqualTo(2031);

        test($(Button.class).withText("Add a priority").single()).click();
        @SuppressWarnings("unchecked")
        Select<String> plan = $(Select.class).withLabel("Plan").single();
        test(plan).selectItem(fixture.name("Eastmere Plan"));
        test($(TextField.class).withLabel("Priority").single()).setValue(fixture.name("A greener Eastmere"));
        test($(TextArea.class).withLabel("Ambition").single()).setValue("Clean air");
        test($(Button.class).withText("Save the priority").single()).click();

        assertThat(lastNotification()).isEqualTo(fixture.name("A greener Eastmere") + " saved.");
        assertThat(fixture.tagged("plan_priority")).containsExactly("a-greener-eastmere-" + fixture.tag());
    }

    @Test
    void anAdministratorAddsAnAreaAndRetiresItAfterConfirming() {
        navigate(AreasView.class);
        test($(TextField.class).withLabel("Area name").last()).setValue(fixture.name("Weir"));
        test($(TextField.class).withLabel("Code").last()).setValue("E05000123");
        test($(Button.class).withText("Add the area").single()).click();
        AreaSummary added = areas.all().stream().filter(a -> a.name().equals(fixture.name("Weir"))).findFirst().orElseThrow();
        assertThat(added.code()).isEqualTo("E05000123");

        test((Button) test(grid()).getCellComponent(rowOf(fixture.name("Weir")), 3)).click();
        test($(Button.class).withText("Retire").single()).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(jdbc.queryForObject("SELECT retired FROM area WHERE id = ?", Boolean.class, added.id())).isTrue();
        assertThat(test(grid()).getCellText(rowOf(fixture.name("Weir")), 2)).isEqualTo("Retired (kept in past responses and reports)");
    }

    @Test
    void anAdministratorPreviewsABadFileAndSeesItsRowsThenImportsAGoodOne() {
        navigate(TaxonomyView.class);
        TaxonomyView view = $(TaxonomyView.class).single();
        String t = fixture.tag();
        view.received("areas.csv", ("id,name\nok-" + t + ",Ok " + t + "\nBad Id,Bad\n").getBytes(StandardCharsets.UTF_8));
        test($(Button.class).withText("Preview").single()).click();

        @SuppressWarnings("unchecked")
        Grid<Object> errors = $(Grid.class).single();
        assertThat(test(errors).size()).isEqualTo(1);
        assertThat(test(errors).getCellText(0, 1)).isEqualTo("3");
        assertThat($(Button.class).withText("Import").single().isEnabled()).isFalse();

        view.received("areas.csv", ("id,name\nok-" + t + ",Ok " + t + "\n").getBytes(StandardCharsets.UTF_8));
        test($(Button.class).withText("Preview").single()).click();
        test($(Button.class).withText("Import").single()).click();

        assertThat(lastNotification()).startsWith("Imported: Priorities: 0 new, 0 changed. Themes: 0 new, 0 changed. Areas: 1 new");
        assertThat(fixture.tagged("area")).containsExactly("ok-" + t);
    }

    @Test
    @WithMockUser(roles = {Roles.OFFICER, Roles.RESIDENT, Roles.FACILITATOR})
    void nobodyButAnAdministratorOpensASetUpPage() {
        assertThat(viewAt("admin/council")).isNotInstanceOf(CouncilView.class);
        assertThat(viewAt("admin/plans")).isNotInstanceOf(PlansView.class);
        assertThat(viewAt("admin/areas")).isNotInstanceOf(AreasView.class);
        assertThat(viewAt("admin/taxonomy")).isNotInstanceOf(TaxonomyView.class);
    }

    @Test
    @WithMockUser(username = "officer@example.org", roles = Roles.OFFICER)
    void anOfficerEditsThemesButIsNotOfferedANewOne() {
        navigate(ThemesView.class);
        assertThat($(Button.class).withText("New theme").all()).isEmpty();
    }

    @Test
    void anAdministratorAddsANewThemeOnTheThemesPage() {
        navigate(ThemesView.class);
        test($(Button.class).withText("New theme").single()).click();
        test($(TextField.class).withLabel("Name").single()).setValue(fixture.name("Allotments"));
        test($(TextArea.class).withLabel("Keywords").single()).setValue("allotment\nplot");
        test($(TextArea.class).withLabel("Example statements").single()).setValue("More allotment plots please");
        test($(Button.class).withText("Save theme").single()).click();

        assertThat(lastNotification()).isEqualTo("Theme " + fixture.name("Allotments") + " saved.");
        assertThat(jdbc.queryForList("SELECT text FROM theme_example WHERE theme_id = ?", String.class,
                "allotments-" + fixture.tag())).containsExactly("More allotment plots please");
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsSentToSignIn() {
        assertThat(viewAt("admin/taxonomy")).isInstanceOf(LoginView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<AreaSummary> grid() {
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
            navigate(route, CouncilView.class);
        } catch (IllegalArgumentException rerouted) {
            // The browserless API reports a reroute this way; the view shown is what matters.
        }
        return getCurrentView();
    }
}
