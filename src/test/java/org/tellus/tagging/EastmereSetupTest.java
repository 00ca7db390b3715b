package org.tellus.tagging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.plan.AreaSummary;
import org.tellus.plan.CouncilDetails;
import org.tellus.plan.CouncilService;
import org.tellus.plan.PlanService;
import org.tellus.plan.PlanSummary;
import org.tellus.plan.TaxonomyFiles;
import org.tellus.plan.TaxonomyPreview;
import org.tellus.plan.TaxonomyService;
import org.tellus.tagging.engine.ThemeModel;
import org.tellus.tagging.engine.ThemeTag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The walk-through of docs/setup.md: a second, fictional council (the Borough of Eastmere) sets itself up from the
 * CSV files in docs/setup, with one typing mistake first. What it prints is what the document describes.
 */
@IntegrationTest
@WithMockUser(username = "admin@eastmere.example", roles = Roles.ADMIN)
class EastmereSetupTest {

    static final Path FILES = Path.of("docs/setup");
    /** Made-up comments an Eastmere resident might write. */
    static final List<String> COMMENTS = List.of(
            "The number 12 bus to North Fen stopped running and the fares went up again",
            "Litter along the riverside path by the Mere is getting worse every summer",
            "Our flat has had damp and mould for two winters and the landlord ignores repairs",
            "Nothing for teenagers to do in Upper Weald since the youth club closed");

    @Autowired
    TaxonomyService taxonomy;
    @Autowired
    CouncilService councils;
    @Autowired
    PlanService plan;
    @Autowired
    ActiveModel activeModel;
    @Autowired
    JdbcTemplate jdbc;

    List<Map<String, Object>> council;

    @BeforeEach
    void remember() {
        council = jdbc.queryForList("SELECT name, contact_email, contact_phone, website FROM council");
    }

    @AfterEach
    void remove() {
        jdbc.update("DELETE FROM theme_priority WHERE theme_id LIKE 'em-%'");
        jdbc.update("DELETE FROM theme_example WHERE theme_id LIKE 'em-%'");
        jdbc.update("DELETE FROM theme WHERE id LIKE 'em-%'");
        jdbc.update("DELETE FROM plan_priority WHERE id LIKE 'em-%'");
        jdbc.update("DELETE FROM council_plan WHERE name LIKE 'Eastmere%'");
        jdbc.update("DELETE FROM area WHERE id LIKE 'em-%'");
        council.forEach(row -> jdbc.update("UPDATE council SET name = ?, contact_email = ?, contact_phone = ?, website = ?"
                + " WHERE id = 1", row.get("name"), row.get("contact_email"), row.get("contact_phone"), row.get("website")));
    }

    @Test
    void theBoroughOfEastmereSetsItselfUpFromItsOwnFiles() throws IOException {
        councils.update(new CouncilDetails("Borough of Eastmere (fictional)", "haveyoursay@eastmere.example",
                "01632 960000", "https://eastmere.example", false, councils.council().version()));
        TaxonomyFiles files = new TaxonomyFiles(read("plan-priorities.csv"), read("themes.csv"), read("areas.csv"));

        // First attempt: one priority id mistyped on the housing theme's row (row 4 of themes.csv).
        TaxonomyFiles typo = new TaxonomyFiles(files.priorities(), files.themes().replace(",em-homes,rent;", ",em-home,rent;"),
                files.areas());
        TaxonomyPreview refused = taxonomy.preview(typo);
        System.out.println("Eastmere, first preview: " + refused);
        assertThat(refused.errors()).extracting(TaxonomyPreview.RowError::file, TaxonomyPreview.RowError::row,
                TaxonomyPreview.RowError::key).containsExactly(tuple("themes.csv", 4L, "themes.error.unknown-priority"));

        TaxonomyPreview preview = taxonomy.preview(files);
        System.out.println("Eastmere, second preview: " + preview);
        assertThat(preview.acceptable()).isTrue();
        assertThat(List.of(preview.priorities(), preview.themes(), preview.areas())).containsExactly(
                new TaxonomyPreview.Counts(5, 0), new TaxonomyPreview.Counts(6, 0), new TaxonomyPreview.Counts(6, 0));
        taxonomy.importFiles(files);

        assertThat(plan.plans()).extracting(PlanSummary::name).contains("Eastmere Together Plan 2027-2031 (fictional)");
        assertThat(plan.activeAreas()).filteredOn(a -> a.id().startsWith("em-")).extracting(AreaSummary::code)
                .containsExactly("EM01", "EM02", "EM03", "EM04", "EM05", "EM06");
        assertThat(plan.themes()).filteredOn(t -> t.id().startsWith("em-")).hasSize(6);

        // The next model knows the new themes from their descriptions and keywords alone.
        ThemeModel model = activeModel.train(List.of());
        assertThat(model.themeIds()).contains("em-parks-rivers", "em-buses-roads", "em-housing");
        for (String comment : COMMENTS) {
            System.out.println("Eastmere, \"" + comment + "\": " + model.read(comment).tags().stream()
                    .map(t -> t.themeId() + " " + Math.round(t.confidence() * 100) / 100.0).toList());
        }
        assertThat(model.read(COMMENTS.getFirst()).tags()).extracting(ThemeTag::themeId).contains("em-buses-roads");
    }

    private static String read(String file) throws IOException {
        return Files.readString(FILES.resolve(file));
    }
}
