package org.tellus.plan;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.AccessRules;
import org.tellus.IntegrationTest;
import org.tellus.audit.AuditActions;
import org.tellus.base.security.Roles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An administrator keeps plans and priorities; a retired priority stays where history names it. */
@IntegrationTest
@WithMockUser(username = "admin@example.org", roles = Roles.ADMIN)
class PlanSetupServiceTest {

    @Autowired
    PlanSetupService setup;
    @Autowired
    PlanService plan;
    @Autowired
    ThemeService themes;
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
    void aPlanHasAPeriodAndARenameCarriesItsPriorities() {
        PlanSummary added = setup.savePlan(null, 0, fixture.name("Council Plan"), 2026, 2030);
        assertThat(plan.plans()).contains(added);
        PrioritySummary priority = setup.addPriority(new PriorityEdit(null, 0, added.name(), "Place", fixture.name("Parks"), "Green"));

        PlanSummary renamed = setup.savePlan(added.name(), added.version(), fixture.name("Borough Plan"), 2026, 2031);

        assertThat(renamed.endsYear()).isEqualTo(2031);
        assertThat(plan.plans()).extracting(PlanSummary::name).contains(renamed.name()).doesNotContain(added.name());
        assertThat(plan.priorities()).filteredOn(p -> p.id().equals(priority.id())).singleElement()
                .extracting(PrioritySummary::plan).isEqualTo(renamed.name());
        assertThatThrownBy(() -> setup.savePlan(null, 0, fixture.name("Backwards"), 2030, 2026))
                .hasMessage("setup.error.period-backwards");
        assertThatThrownBy(() -> setup.savePlan(null, 0, renamed.name(), null, null)).hasMessage("setup.error.name-taken");
        assertThatThrownBy(() -> setup.addPriority(new PriorityEdit(null, 0, fixture.name("No such plan"), "", "X", "")))
                .hasMessage("setup.error.unknown-plan");
    }

    @Test
    void priorityEditsAndMovesAreAudited() {
        PlanSummary p = setup.savePlan(null, 0, fixture.name("Plan"), null, null);
        PrioritySummary first = setup.addPriority(new PriorityEdit(null, 0, p.name(), "", fixture.name("First"), ""));
        PrioritySummary second = setup.addPriority(new PriorityEdit(null, 0, p.name(), "", fixture.name("Second"), ""));

        List<PrioritySummary> order = setup.move(second.id(), second.version(), -1);

        assertThat(order.stream().map(PrioritySummary::id).toList().indexOf(second.id()))
                .isLessThan(order.stream().map(PrioritySummary::id).toList().indexOf(first.id()));
        PrioritySummary moved = order.stream().filter(x -> x.id().equals(first.id())).findFirst().orElseThrow();
        PrioritySummary edited = setup.updatePriority(new PriorityEdit(first.id(), moved.version(), p.name(), "Group",
                fixture.name("First renamed"), "An ambition"));
        assertThat(edited.ambition()).isEqualTo("An ambition");
        assertThatThrownBy(() -> setup.updatePriority(new PriorityEdit(first.id(), moved.version(), p.name(), "", "Y", "")))
                .hasMessage("setup.error.edited-elsewhere");
        assertThat(fixture.audited(AuditActions.SETUP_CHANGED, "priority " + second.id() + " moved")).isEqualTo(1);
        assertThat(fixture.audited(AuditActions.SETUP_CHANGED, "priority " + first.id() + " changed")).isEqualTo(1);
    }

    @Test
    void aRetiredPriorityStaysInHistoryAndOnItsThemesButIsNotOfferedOrNewlyMapped() {
        PlanSummary p = setup.savePlan(null, 0, fixture.name("Plan"), null, null);
        PrioritySummary kept = setup.addPriority(new PriorityEdit(null, 0, p.name(), "", fixture.name("Kept"), ""));
        PrioritySummary old = setup.addPriority(new PriorityEdit(null, 0, p.name(), "", fixture.name("Old"), ""));
        ThemeSummary theme = themes.create(new ThemeEdit(null, 0, fixture.name("Libraries"), "Books", List.of("library"),
                List.of(), List.of(old.id())));

        PrioritySummary retired = setup.retirePriority(old.id(), old.version());

        assertThat(retired.retired()).isTrue();
        assertThat(plan.activePriorities()).extracting(PrioritySummary::id).doesNotContain(old.id()).contains(kept.id());
        assertThat(plan.priorities()).extracting(PrioritySummary::id).contains(old.id());
        assertThat(jdbc.queryForList("SELECT priority_id FROM theme_priority WHERE theme_id = ?", String.class, theme.id()))
                .containsExactly(old.id());
        // Kept where it was mapped, refused where it would be mapped anew.
        ThemeSummary edited = themes.update(ThemeEdit.of(theme));
        assertThat(edited.priorityIds()).containsExactly(old.id());
        ThemeSummary other = themes.create(new ThemeEdit(null, 0, fixture.name("Museums"), "", List.of(), List.of(), List.of()));
        assertThatThrownBy(() -> themes.update(new ThemeEdit(other.id(), other.version(), other.name(), "", List.of(),
                List.of(), List.of(old.id())))).hasMessage("themes.error.unknown-priority");
        assertThatThrownBy(() -> setup.retirePriority(old.id(), retired.version())).hasMessage("setup.error.retired");
    }

    @Test
    void onlyAnAdministratorSetsUpPlans() {
        PlanSummary p = setup.savePlan(null, 0, fixture.name("Plan"), null, null);
        PrioritySummary priority = setup.addPriority(new PriorityEdit(null, 0, p.name(), "", fixture.name("P"), ""));
        PriorityEdit edit = new PriorityEdit(priority.id(), priority.version(), p.name(), "", "Q", "");
        AccessRules.assertRefused(List.of(setup::allPriorities, () -> setup.savePlan(null, 0, "Z", null, null),
                () -> setup.addPriority(edit), () -> setup.updatePriority(edit),
                () -> setup.move(priority.id(), priority.version(), 1),
                () -> setup.retirePriority(priority.id(), priority.version()),
                () -> themes.create(new ThemeEdit(null, 0, "New", "", List.of(), List.of(), List.of()))),
                Roles.OFFICER, Roles.RESIDENT, Roles.FACILITATOR);
    }
}
