package org.tellus.plan;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightService;
import org.tellus.insight.ThemeCounts;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "officer@example.org", roles = Roles.OFFICER)
class ThemeServiceTest {

    @Autowired
    ThemeService themeService;
    @Autowired
    PlanService plan;
    @Autowired
    InsightService insight;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    ThemeFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ThemeFixture(jdbc);
    }

    @AfterEach
    void removeTestThemes() {
        fixture.remove();
    }

    @Test
    void anOfficerRenamesDescribesAndMapsAThemeAndGivesItExamples() {
        ThemeSummary before = theme(fixture.theme("Parks"));
        List<String> priorities = plan.priorities().stream().map(PrioritySummary::id).limit(3).toList();

        ThemeSummary after = themeService.update(new ThemeEdit(before.id(), before.version(), "  Green spaces ",
                "Parks, woods and play areas", List.of("park", " woods ", "", "park"),
                List.of("The swings in the park are broken", "More trees please"), priorities.subList(1, 3)));

        assertThat(after.name()).isEqualTo("Green spaces");
        assertThat(after.keywords()).containsExactly("park", "woods");
        assertThat(after.examples()).containsExactly("The swings in the park are broken", "More trees please");
        assertThat(after.priorityIds()).containsExactlyInAnyOrderElementsOf(priorities.subList(1, 3));
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(theme(before.id())).isEqualTo(after);
    }

    @Test
    void aSecondOfficerEditingTheSameVersionIsToldSomeoneElseSavedFirst() {
        ThemeSummary seen = theme(fixture.theme("Libraries"));
        themeService.update(edit(seen, "Libraries and reading"));

        refused("themes.error.edited-elsewhere", () -> themeService.update(edit(seen, "Libraries for all")));
        refused("themes.error.edited-elsewhere", () -> themeService.retire(seen.id(), seen.version()));
        assertThat(theme(seen.id()).name()).isEqualTo("Libraries and reading");
    }

    @Test
    void badEditsAreRefusedWithAReasonAndChangeNothing() {
        ThemeSummary seen = theme(fixture.theme("Bins"));
        String other = theme(fixture.theme("Recycling")).name();
        refused("themes.error.name-required", () -> themeService.update(edit(seen, "  ")));
        refused("themes.error.name-taken", () -> themeService.update(edit(seen, other.toUpperCase())));
        refused("themes.error.keyword-invalid", () -> themeService.update(new ThemeEdit(seen.id(), seen.version(),
                "Bins", "", List.of("bins;waste"), List.of(), List.of())));
        refused("themes.error.example-too-long", () -> themeService.update(new ThemeEdit(seen.id(), seen.version(),
                "Bins", "", List.of(), List.of("x".repeat(ThemeService.EXAMPLE_MAX + 1)), List.of())));
        refused("themes.error.unknown-priority", () -> themeService.update(new ThemeEdit(seen.id(), seen.version(),
                "Bins", "", List.of(), List.of(), List.of("no-such-priority"))));
        refused("themes.error.not-found", () -> themeService.update(new ThemeEdit("no-such-theme", 0, "X", "", null, null, null)));
        assertThat(theme(seen.id())).isEqualTo(seen);
    }

    @Test
    void mergingMovesTheTagsKeepsTheMoreConfidentDuplicateAndRetiresTheMergedTheme() {
        String from = fixture.theme("Potholes");
        String into = fixture.theme("Roads");
        List<Long> answers = fixture.taggedAnswers(context, 3);
        fixture.tag(answers.get(0), from, 0.9);
        fixture.tag(answers.get(1), from, 0.4);
        fixture.tag(answers.get(1), into, 0.7);
        fixture.tag(answers.get(2), from, 0.8);
        fixture.tag(answers.get(2), into, 0.6);
        ThemeSummary fromBefore = theme(from);
        themeService.update(new ThemeEdit(from, fromBefore.version(), fromBefore.name(), "", List.of("pothole"),
                List.of("A pothole on my street"), fromBefore.priorityIds()));

        ThemeSummary merged = themeService.merge(from, theme(from).version(), into, theme(into).version());

        assertThat(tags(from)).isEmpty();
        assertThat(tags(into)).containsExactlyInAnyOrderEntriesOf(Map.of(
                answers.get(0), 0.9, answers.get(1), 0.7, answers.get(2), 0.8));
        assertThat(jdbc.queryForObject("SELECT explanation FROM machine_tag WHERE answer_id = ? AND theme_id = ?",
                String.class, answers.get(2), into)).isEqualTo("because " + from + " 0.8");
        assertThat(merged.keywords()).contains("alpha", "beta", "pothole");
        assertThat(merged.examples()).containsExactly("A pothole on my street");
        ThemeSummary retired = theme(from);
        assertThat(retired.retired()).as("kept in history, retired").isTrue();
        refused("themes.error.retired", () -> themeService.update(edit(retired, "Potholes again")));
    }

    @Test
    void aThemeCannotBeMergedIntoItselfOrIntoARetiredTheme() {
        ThemeSummary a = theme(fixture.theme("Noise"));
        ThemeSummary b = theme(fixture.theme("Nuisance"));
        refused("themes.error.merge-same", () -> themeService.merge(a.id(), a.version(), a.id(), a.version()));
        ThemeSummary retiredB = themeService.retire(b.id(), b.version());
        refused("themes.error.retired", () -> themeService.merge(a.id(), a.version(), b.id(), retiredB.version()));
        assertThat(theme(a.id()).retired()).isFalse();
    }

    @Test
    void aRetiredThemeKeepsItsTagsAndStillCountsInPastResults() {
        String id = fixture.theme("Street lights");
        long answer = fixture.taggedAnswers(context, 1).getFirst();
        fixture.tag(answer, id, 0.75);
        long consultation = jdbc.queryForObject("SELECT r.consultation_id FROM answer a JOIN response r ON r.id = a.response_id WHERE a.id = ?",
                Long.class, answer);

        ThemeSummary retired = themeService.retire(id, theme(id).version());

        assertThat(retired.retired()).isTrue();
        assertThat(tags(id)).containsEntry(answer, 0.75);
        ThemeCounts counts = insight.themeCounts(consultation, InsightFilter.none());
        assertThat(counts.themes()).extracting(ThemeCounts.ThemeCount::themeId).contains(id);
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsCannotEditThemes() {
        everyChangeIsDenied();
    }

    @Test
    @WithMockUser(roles = Roles.RESIDENT)
    void residentsCannotEditThemes() {
        everyChangeIsDenied();
    }

    @Test
    @WithMockUser(roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void facilitatorsCannotEditThemes() {
        everyChangeIsDenied();
    }

    private void everyChangeIsDenied() {
        String id = fixture.theme("Denied");
        List<Runnable> calls = List.of(
                () -> themeService.update(new ThemeEdit(id, 0, "Changed", "", null, null, null)),
                () -> themeService.merge(id, 0, "housing", 0),
                () -> themeService.retire(id, 0),
                plan::themes);
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
        }
        assertThat(jdbc.queryForObject("SELECT name FROM theme WHERE id = ?", String.class, id)).startsWith("Denied");
    }

    private ThemeSummary theme(String id) {
        return plan.themes().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static ThemeEdit edit(ThemeSummary theme, String name) {
        return new ThemeEdit(theme.id(), theme.version(), name, theme.description(), theme.keywords(), theme.examples(),
                theme.priorityIds());
    }

    private Map<Long, Double> tags(String themeId) {
        Map<Long, Double> tags = new java.util.HashMap<>();
        jdbc.query("SELECT answer_id, confidence FROM machine_tag WHERE theme_id = ?",
                rs -> {
                    tags.put(rs.getLong(1), rs.getDouble(2));
                }, themeId);
        return tags;
    }

    private static void refused(String key, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(TranslatableException.class)
                .extracting(e -> ((TranslatableException) e).key()).isEqualTo(key);
    }
}
