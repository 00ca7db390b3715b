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
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The whole taxonomy imported from its three CSV files, all or nothing, and exported as the same files. */
@IntegrationTest
@WithMockUser(username = "admin@example.org", roles = Roles.ADMIN)
class TaxonomyServiceTest {

    @Autowired
    TaxonomyService taxonomy;
    @Autowired
    PlanService plan;
    @Autowired
    AreaSetupService areas;
    @Autowired
    JdbcTemplate jdbc;

    SetupFixture fixture;
    String t;

    @BeforeEach
    void fixture() {
        fixture = new SetupFixture(jdbc);
        t = fixture.tag();
    }

    @AfterEach
    void remove() {
        fixture.remove();
    }

    private TaxonomyFiles good() {
        return new TaxonomyFiles("""
                id,plan,group,name,ambition
                homes-%1$s,Plan %1$s,Place,"Homes, warm and dry %1$s",Everyone has a home
                work-%1$s,Plan %1$s,People,Good work %1$s,Jobs that pay
                """.formatted(t), """
                id,name,description,priorities,starter_keywords
                damp-%1$s,Damp homes %1$s,Mould and damp in rented homes,homes-%1$s,damp;mould;condensation
                jobs-%1$s,Jobs %1$s,Local jobs and training,work-%1$s;homes-%1$s,job;apprenticeship
                """.formatted(t), """
                id,name,code
                north-%1$s,North %1$s,E05999001
                south-%1$s,South %1$s,
                """.formatted(t));
    }

    @Test
    void goodFilesArePreviewedThenImportedInOneStep() {
        TaxonomyPreview preview = taxonomy.preview(good());
        assertThat(preview.acceptable()).isTrue();
        assertThat(preview.priorities()).isEqualTo(new TaxonomyPreview.Counts(2, 0));
        assertThat(fixture.tagged("plan_priority")).isEmpty();

        taxonomy.importFiles(good());

        assertThat(fixture.tagged("plan_priority")).containsExactlyInAnyOrder("homes-" + t, "work-" + t);
        assertThat(plan.plans()).extracting(PlanSummary::name).contains("Plan " + t);
        assertThat(jdbc.queryForList("SELECT priority_id FROM theme_priority WHERE theme_id = ?", String.class, "jobs-" + t))
                .containsExactlyInAnyOrder("work-" + t, "homes-" + t);
        assertThat(plan.activeAreas()).filteredOn(a -> a.id().equals("north-" + t)).singleElement()
                .extracting(AreaSummary::code).isEqualTo("E05999001");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = ?", Long.class,
                AuditActions.TAXONOMY_IMPORTED)).isPositive();

        // A second import of the same ids changes them; nothing is added twice.
        TaxonomyPreview again = taxonomy.preview(good());
        assertThat(again.themes()).isEqualTo(new TaxonomyPreview.Counts(0, 2));
    }

    @Test
    void badRowsAreListedWithTheirRowNumbersAndNothingIsHalfImported() {
        TaxonomyFiles bad = new TaxonomyFiles(good().priorities(), """
                id,name,description,priorities,starter_keywords
                damp-%1$s,Damp homes %1$s,Mould,homes-%1$s,damp
                Not An Id,Bad id %1$s,,homes-%1$s,
                ghost-%1$s,Ghost %1$s,,no-such-priority-%1$s,
                damp-%1$s,Damp again %1$s,,,
                nameless-%1$s,,,,
                """.formatted(t), good().areas());

        TaxonomyPreview preview = taxonomy.preview(bad);

        assertThat(preview.acceptable()).isFalse();
        assertThat(preview.errors()).extracting(TaxonomyPreview.RowError::file, TaxonomyPreview.RowError::row,
                TaxonomyPreview.RowError::key).containsExactly(
                tuple("themes.csv", 3L, "setup.error.id-invalid"),
                tuple("themes.csv", 4L, "themes.error.unknown-priority"),
                tuple("themes.csv", 5L, "setup.import.duplicate-id"),
                tuple("themes.csv", 6L, "setup.error.name-required"));
        assertThatThrownBy(() -> taxonomy.importFiles(bad)).isInstanceOf(TranslatableException.class)
                .hasMessage("setup.import.refused");
        // The good priorities, themes and areas of the same import were not written either.
        assertThat(fixture.tagged("plan_priority")).isEmpty();
        assertThat(fixture.tagged("theme")).isEmpty();
        assertThat(fixture.tagged("area")).isEmpty();
    }

    @Test
    void aFileWithoutItsColumnsOrChangingARetiredItemIsRefused() {
        TaxonomyPreview missing = taxonomy.preview(new TaxonomyFiles(null, null, "id,title\nx-" + t + ",X\n"));
        assertThat(missing.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(1);
            assertThat(e.key()).isEqualTo("setup.import.missing-columns");
            assertThat(e.params()).containsExactly("name");
        });
        AreaSummary area = areas.add(fixture.name("Gone"), null);
        areas.retire(area.id(), area.version());
        TaxonomyPreview retired = taxonomy.preview(new TaxonomyFiles(null, null, "id,name\n" + area.id() + ",Back\n"));
        assertThat(retired.errors()).extracting(TaxonomyPreview.RowError::row, TaxonomyPreview.RowError::key)
                .containsExactly(tuple(2L, "setup.import.retired"));
    }

    @Test
    void theExportIsTheFilesFormatAndLeavesRetiredItemsOut() {
        taxonomy.importFiles(good());
        AreaSummary south = plan.areas().stream().filter(a -> a.id().equals("south-" + t)).findFirst().orElseThrow();
        areas.retire(south.id(), south.version());

        TaxonomyFiles exported = taxonomy.export();

        assertThat(exported.priorities()).startsWith("id,plan,group,name,ambition\n")
                .contains("homes-" + t + ",Plan " + t + ",Place,\"Homes, warm and dry " + t + "\",Everyone has a home\n");
        assertThat(exported.themes()).startsWith("id,name,description,priorities,starter_keywords\n")
                .contains("jobs-" + t + ",Jobs " + t + ",Local jobs and training,homes-" + t + ";work-" + t
                        + ",job;apprenticeship\n");
        assertThat(exported.areas()).startsWith("id,name,code\n").contains("north-" + t + ",North " + t + ",E05999001\n")
                .doesNotContain("south-" + t);
        // What was exported imports again as changes only.
        TaxonomyPreview reimport = taxonomy.preview(exported);
        assertThat(reimport.acceptable()).isTrue();
        assertThat(reimport.themes().added()).isZero();
    }

    @Test
    void onlyAnAdministratorImportsOrExports() {
        AccessRules.assertRefused(List.of(() -> taxonomy.preview(good()), () -> taxonomy.importFiles(good()),
                taxonomy::export, taxonomy::loadDemo), Roles.OFFICER, Roles.RESIDENT, Roles.FACILITATOR);
    }
}
