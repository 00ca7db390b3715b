package org.tellus.tagging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.plan.PlanService;
import org.tellus.plan.ThemeEdit;
import org.tellus.plan.ThemeFixture;
import org.tellus.plan.ThemeService;
import org.tellus.plan.ThemeSummary;
import org.tellus.tagging.engine.LabelledText;
import org.tellus.tagging.engine.Theme;
import org.tellus.tagging.engine.ThemeModel;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Officers' theme edits reach the tagger: examples are learnt, a retired theme is neither learnt nor suggested. */
@IntegrationTest
@WithMockUser(username = "officer@example.org", roles = Roles.OFFICER)
class ThemeEditsInTrainingTest {

    @Autowired
    ActiveModel activeModel;
    @Autowired
    ThemeService themeService;
    @Autowired
    PlanService plan;
    @Autowired
    JdbcTemplate jdbc;

    private ThemeFixture fixture;

    @AfterEach
    void removeTestThemes() {
        fixture.remove();
    }

    @Test
    void exampleStatementsAreLabelledTrainingExamplesAndARetiredThemeIsNeitherTrainedNorSuggested() {
        fixture = new ThemeFixture(jdbc);
        String id = fixture.theme("Allotments");
        ThemeSummary theme = theme(id);
        themeService.update(new ThemeEdit(id, theme.version(), theme.name(), theme.description(), theme.keywords(),
                List.of("We need more allotment plots", "The allotment waiting list is years long"), theme.priorityIds()));

        ActiveModel.TrainingSet set = activeModel.trainingSet(List.of());
        assertThat(set.taxonomy()).extracting(Theme::id).contains(id);
        assertThat(set.examples()).filteredOn(e -> e.themes().equals(Set.of(id))).extracting(LabelledText::text)
                .containsExactly("We need more allotment plots", "The allotment waiting list is years long");
        ThemeModel model = activeModel.train(List.of());
        assertThat(model.themeIds()).contains(id);
        assertThat(activeModel.suggestable(model)).contains(id);

        themeService.retire(id, theme(id).version());

        assertThat(activeModel.suggestable(model)).as("no longer suggested by the model in use").doesNotContain(id);
        ActiveModel.TrainingSet afterRetiring = activeModel.trainingSet(List.of());
        assertThat(afterRetiring.taxonomy()).extracting(Theme::id).doesNotContain(id);
        assertThat(afterRetiring.examples()).noneMatch(e -> e.themes().contains(id));
    }

    private ThemeSummary theme(String id) {
        return plan.themes().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
