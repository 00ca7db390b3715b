package org.tellus.plan;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.AccessRules;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.audit.AuditActions;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.response.ResponseService;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An administrator adds, renames, merges and retires areas; nothing a past response names changes or goes. */
@IntegrationTest
@WithMockUser(username = "admin@example.org", roles = Roles.ADMIN)
class AreaSetupServiceTest {

    @Autowired
    AreaSetupService areas;
    @Autowired
    PlanService plan;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ResponseService responses;
    @Autowired
    JdbcTemplate jdbc;

    SetupFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SetupFixture(jdbc);
    }

    @AfterEach
    void remove() {
        fixture.remove();
    }

    @Test
    void anAdministratorAddsAnAreaWithItsOnsCodeAndRenamesIt() {
        AreaSummary added = areas.add("  " + fixture.name("Mill Lane") + " ", "E05000999");

        assertThat(added.id()).isEqualTo("mill-lane-" + fixture.tag());
        assertThat(added.code()).isEqualTo("E05000999");
        assertThat(plan.activeAreas()).extracting(AreaSummary::id).contains(added.id());
        AreaSummary renamed = areas.rename(added.id(), added.version(), fixture.name("Mill Lane and Weir"), "");
        assertThat(renamed.name()).isEqualTo(fixture.name("Mill Lane and Weir"));
        assertThat(renamed.code()).isNull();
        assertThat(fixture.audited(AuditActions.SETUP_CHANGED, "area " + added.id() + " renamed")).isEqualTo(1);
    }

    @Test
    void badNamesAndCodesAreRefusedWithAReason() {
        assertThatThrownBy(() -> areas.add(" ", null)).hasMessage("setup.error.name-required");
        assertThatThrownBy(() -> areas.add(fixture.name("Weir"), "E05-000")).hasMessage("setup.error.code-invalid");
        AreaSummary weir = areas.add(fixture.name("Weir"), null);
        assertThatThrownBy(() -> areas.add(fixture.name("WEIR"), null)).hasMessage("setup.error.name-taken");
        assertThatThrownBy(() -> areas.rename(weir.id(), weir.version() + 1, "Other", null))
                .hasMessage("setup.error.edited-elsewhere");
    }

    @Test
    void aMergedAreaIsRetiredAndItsPastResponsesStillNameIt() {
        AreaSummary old = areas.add(fixture.name("Old Town"), null);
        AreaSummary centre = areas.add(fixture.name("Centre"), null);
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, fixture.name("Merge"));
        long answer = Fixtures.submitFreeText(responses, jdbc, c, "The market hall", old.id());

        AreaSummary merged = areas.merge(old.id(), old.version(), centre.id(), centre.version());

        assertThat(merged.retired()).isTrue();
        assertThat(merged.mergedInto()).isEqualTo(centre.id());
        assertThat(jdbc.queryForObject("SELECT r.area_id FROM response r JOIN answer a ON a.response_id = r.id"
                + " WHERE a.id = ?", String.class, answer)).isEqualTo(old.id());
        assertThat(plan.activeAreas()).extracting(AreaSummary::id).doesNotContain(old.id()).contains(centre.id());
        assertThat(plan.areas()).extracting(AreaSummary::id).contains(old.id());
        assertThatThrownBy(() -> areas.rename(old.id(), merged.version(), "Again", null))
                .isInstanceOf(TranslatableException.class).hasMessage("setup.error.retired");
        assertThatThrownBy(() -> areas.merge(centre.id(), centre.version(), centre.id(), centre.version()))
                .hasMessage("setup.error.merge-same");
    }

    @Test
    void aRetiredAreaIsNoLongerOfferedButStaysListed() {
        AreaSummary area = areas.add(fixture.name("Brook"), null);
        AreaSummary retired = areas.retire(area.id(), area.version());

        assertThat(retired.retired()).isTrue();
        assertThat(plan.activeAreas()).extracting(AreaSummary::id).doesNotContain(area.id());
        assertThat(areas.all()).extracting(AreaSummary::id).contains(area.id());
        assertThatThrownBy(() -> areas.retire(area.id(), retired.version())).hasMessage("setup.error.retired");
        assertThat(fixture.audited(AuditActions.SETUP_CHANGED, "area " + area.id() + " retired")).isEqualTo(1);
    }

    @Test
    void onlyAnAdministratorSetsUpAreas() {
        AreaSummary area = areas.add(fixture.name("Denied"), null);
        AccessRules.assertRefused(List.of(areas::all, () -> areas.add("X", null),
                () -> areas.rename(area.id(), area.version(), "Y", null),
                () -> areas.merge(area.id(), area.version(), "x", 0), () -> areas.retire(area.id(), area.version())),
                Roles.OFFICER, Roles.RESIDENT, Roles.FACILITATOR);
    }
}
