package org.tellus.tagging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.plan.SetupFixture;
import org.tellus.plan.ThemeEdit;
import org.tellus.plan.ThemeService;
import org.tellus.plan.ThemeSummary;
import org.tellus.tagging.engine.ThemeModel;
import org.tellus.tagging.engine.ThemeTag;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A theme an administrator adds is learnt by the next model from its description, keywords and example statements
 * alone (no officer has tagged an answer with it yet), and that model tags a new answer about it.
 */
@IntegrationTest
@WithMockUser(username = "admin@example.org", roles = Roles.ADMIN)
class NewThemeTaggingTest {

    @Autowired
    ActiveModel activeModel;
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
    void theNextModelTagsANewThemeFromItsColdStartData() {
        ThemeSummary theme = themes.create(new ThemeEdit(null, 0, fixture.name("Allotments"),
                "Allotments, community gardens and growing your own food",
                List.of("allotment", "allotments", "plot", "community garden", "grow vegetables"),
                List.of("We need more allotment plots", "The allotment waiting list is years long",
                        "A community garden where children learn to grow vegetables"), List.of()));

        ThemeModel model = activeModel.train(List.of());

        assertThat(model.themeIds()).contains(theme.id());
        assertThat(activeModel.suggestable(model)).contains(theme.id());
        ThemeModel.Reading reading = model.read("Please open more allotment plots, the waiting list for an allotment is far too long");
        assertThat(reading.tags()).extracting(ThemeTag::themeId).contains(theme.id());
    }
}
