package org.tellus.insight;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tellus.AccessRules;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Themes by week and month on {@link InsightFixture#march2003}: the periods run from the first to the last week
 * with a tagged response (the empty one included), and each row is suppressed as a line, since it adds up to the
 * theme's count shown elsewhere.
 */
@IntegrationTest
class ThemesOverTimeTest {

    private static final LocalDate MARCH_3 = LocalDate.of(2003, 3, 3);

    @Autowired
    ApplicationContext context;
    @Autowired
    InsightService insight;

    @Test
    void byWeekEveryPeriodIsThereAndSmallCellsAndWhatWouldRevealThemAreHidden() {
        ConsultationDetails c = InsightFixture.march2003(context);
        ThemesOverTime weeks = SystemTask.runAs(Roles.OFFICER,
                () -> insight.themesOverTime(InsightScope.of(c.id()), InsightFilter.none(), TimeStep.WEEK));

        assertThat(weeks.periods()).containsExactly(MARCH_3, MARCH_3.plusWeeks(1), MARCH_3.plusWeeks(2), MARCH_3.plusWeeks(3));
        // transport 12, 15, 0, 10: the empty week is hidden, and the 10 with it (else 37 - 12 - 15 - 10 gives it away)
        assertThat(counts(row(weeks, "transport"))).containsExactly(12L, 15L, null, null);
        // housing 12, 3, 0, 0: the 3 and the empty weeks add up to under 10, so the 12 goes too
        assertThat(counts(row(weeks, "housing"))).containsOnlyNulls();
        // tagged responses 24, 18, 0, 10
        assertThat(counts(weeks.taggedResponses())).containsExactly(24L, 18L, null, null);
        assertThat(weeks.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(4)
                .allSatisfy(cell -> assertThat(cell.suppressed() || cell.count().getAsLong() >= 10).isTrue()));
    }

    @Test
    void byMonthAndForOneQuestion() {
        ConsultationDetails c = InsightFixture.march2003(context);
        ThemesOverTime months = SystemTask.runAs(Roles.OFFICER,
                () -> insight.themesOverTime(InsightScope.of(c.id()), InsightFilter.none(), TimeStep.MONTH));
        assertThat(months.periods()).containsExactly(LocalDate.of(2003, 3, 1));
        assertThat(counts(row(months, "transport"))).containsExactly(37L);
        assertThat(counts(row(months, "housing"))).containsExactly(15L);

        long freeText = c.questions().getFirst().id();
        long otherQuestion = c.questions().get(1).id();
        ThemesOverTime sameQuestion = SystemTask.runAs(Roles.OFFICER, () -> insight.themesOverTime(InsightScope.of(c.id()),
                InsightFilter.none().withQuestion(freeText), TimeStep.MONTH));
        assertThat(counts(row(sameQuestion, "transport"))).containsExactly(37L);
        ThemesOverTime noFreeText = SystemTask.runAs(Roles.OFFICER, () -> insight.themesOverTime(InsightScope.of(c.id()),
                InsightFilter.none().withQuestion(otherQuestion), TimeStep.MONTH));
        assertThat(noFreeText.periods()).as("no tagged answer to that question").isEmpty();
    }

    @Test
    void residentsFacilitatorsAndAnonymousVisitorsAreRefused() {
        AccessRules.assertRefused(List.of(() -> insight.themesOverTime(InsightScope.of(1), InsightFilter.none(), TimeStep.WEEK)),
                Roles.RESIDENT, Roles.FACILITATOR);
    }

    private static ThemesOverTime.Row row(ThemesOverTime timeline, String themeId) {
        return timeline.rows().stream().filter(r -> r.themeId().equals(themeId)).findFirst().orElseThrow();
    }

    private static List<Long> counts(ThemesOverTime.Row row) {
        return counts(row.cells());
    }

    private static List<Long> counts(List<CellCount> cells) {
        return cells.stream().map(c -> c.suppressed() ? null : c.count().getAsLong()).toList();
    }
}
