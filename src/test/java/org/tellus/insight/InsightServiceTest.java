package org.tellus.insight;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tellus.AccessRules;
import org.tellus.IntegrationTest;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.plan.PlanService;
import org.tellus.plan.ThemeSummary;
import org.tellus.response.Channel;
import org.tellus.response.ResponseService;
import org.tellus.tagging.TaggingService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.tellus.insight.InsightFixture.NORTH;
import static org.tellus.insight.InsightFixture.WOODLEY;

/** Counts, shares and suppression on a consultation whose themes the test set (see {@link InsightFixture}). */
@IntegrationTest
class InsightServiceTest {

    private static InsightFixture fixture;

    @Autowired
    ApplicationContext context;
    @Autowired
    InsightService insight;
    @Autowired
    PlanService plan;
    @Autowired
    ResponseService responses;
    @Autowired
    TaggingService tagging;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void oneConsultationForAllTests() {
        if (fixture == null) {
            fixture = InsightFixture.create(context);
        }
    }

    @Test
    void themeCountsAndSharesCountResponsesWithTheTheme() {
        ThemeCounts counts = asOfficer(() -> insight.themeCounts(fixture.id(), InsightFilter.none()));
        assertThat(counts.taggedResponses()).isEqualTo(CellCount.of(32));
        ThemeCounts.ThemeCount transport = theme(counts, "transport");
        assertThat(transport.responses().count()).hasValue(19);
        assertThat(transport.share().orElseThrow()).isCloseTo(19 / 32.0, within(1e-9));
        assertThat(theme(counts, "clean-streets").responses().count()).hasValue(12);
        assertThat(theme(counts, "housing").responses().suppressed()).isTrue();
        assertThat(theme(counts, "housing").share()).isEmpty();
    }

    @Test
    void filtersNarrowTheCounts() {
        ThemeCounts north = asOfficer(() -> insight.themeCounts(fixture.id(), new InsightFilter(null, null, NORTH, null, null)));
        assertThat(north.taggedResponses().count()).hasValue(22);
        assertThat(theme(north, "transport").responses().count()).hasValue(10);

        ThemeCounts recent = asOfficer(() -> insight.themeCounts(fixture.id(),
                new InsightFilter(LocalDate.now().minusDays(3), LocalDate.now(), null, null, null)));
        assertThat(recent.taggedResponses().count()).hasValue(20);
        assertThat(theme(recent, "clean-streets").responses().suppressed()).isTrue();

        ThemeCounts cleanOnly = asOfficer(() -> insight.themeCounts(fixture.id(), new InsightFilter(null, null, null, null, "clean-streets")));
        assertThat(cleanOnly.taggedResponses().count()).hasValue(12);
        assertThat(theme(cleanOnly, "transport").responses().suppressed()).isTrue();

        ThemeCounts phone = asOfficer(() -> insight.themeCounts(fixture.id(), new InsightFilter(null, null, null, Channel.PHONE, null)));
        assertThat(phone.taggedResponses().suppressed()).isTrue();
        assertThat(theme(phone, "transport").responses().suppressed()).isTrue();
        assertThat(theme(phone, "transport").share()).isEmpty();
    }

    @Test
    void volumesArePerDayAndPerChannel() {
        ResponseVolume volume = asOfficer(() -> insight.volume(fixture.id(), InsightFilter.none()));
        assertThat(volume.total()).isEqualTo(32);
        assertThat(volume.perDay()).extracting(ResponseVolume.DayCount::responses).containsExactly(12L, 20L);
        assertThat(volume.perChannel()).containsExactlyInAnyOrder(new ResponseVolume.ChannelCount(Channel.ONLINE, 23),
                new ResponseVolume.ChannelCount(Channel.PHONE, 9));
        ResponseVolume recent = asOfficer(() -> insight.volume(fixture.id(),
                new InsightFilter(LocalDate.now().minusDays(3), null, null, null, null)));
        assertThat(recent.total()).isEqualTo(20);
    }

    @Test
    void aPriorityCountsTheDistinctResponsesTaggedWithAnyOfItsThemes() {
        List<ThemeSummary> themes = SystemTask.runAs(Roles.OFFICER, plan::themes);
        List<String> transportPriorities = priorityIds(themes, "transport");
        List<String> cleanPriorities = priorityIds(themes, "clean-streets");
        List<PriorityReach> reach = asOfficer(() -> insight.priorities(fixture.id(), InsightFilter.none()));
        assertThat(reach).isNotEmpty();
        for (PriorityReach p : reach) {
            long expected = (transportPriorities.contains(p.priorityId()) ? 19 : 0)
                    + (cleanPriorities.contains(p.priorityId()) ? 12 : 0);
            assertThat(p.responses()).as(p.priorityId()).isEqualTo(CellCount.of(expected));
            assertThat(p.themeNames()).as(p.priorityId()).isEqualTo(themes.stream()
                    .filter(t -> !t.retired() && t.priorityIds().contains(p.priorityId())).map(ThemeSummary::name).toList());
        }
        assertThat(reach).anySatisfy(p -> assertThat(p.responses().suppressed()).isFalse());
    }

    @Test
    void aCellOfNineIsSuppressedAndACellThatWouldGiveItAwayIsHiddenToo() {
        ThemesByArea table = asOfficer(() -> insight.themesByArea(fixture.id(), InsightFilter.none()));
        // Transport: 10 in the north, 9 in Woodley, none elsewhere. The theme's 19 is shown, so 19 - 10 would give
        // Woodley's 9 back: the 10 is hidden as well.
        assertThat(cell(table, "transport", WOODLEY)).isEqualTo(new CellCount(true, OptionalLong.empty()));
        assertThat(cell(table, "transport", NORTH)).isEqualTo(new CellCount(true, OptionalLong.empty()));
        // Clean streets: 12 in the north and none elsewhere; showing 12 out of 12 would say "nobody elsewhere".
        assertThat(cell(table, "clean-streets", NORTH).suppressed()).isTrue();
        assertThat(cell(table, "housing", NORTH).suppressed()).isTrue();
    }

    @Test
    void aCountUnderTenCannotEvenBeMade() {
        assertThat(CellCount.of(9).count()).isEmpty();
        assertThat(CellCount.of(0).suppressed()).isTrue();
        assertThat(CellCount.of(10).count()).hasValue(10);
        assertThatThrownBy(() -> new CellCount(false, OptionalLong.of(9))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CellCount(true, OptionalLong.of(12))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noPathReturnsACountUnderTen() {
        List<InsightFilter> filters = List.of(InsightFilter.none(), new InsightFilter(null, null, WOODLEY, null, null),
                new InsightFilter(null, null, null, Channel.PHONE, null), new InsightFilter(null, null, null, null, "transport"),
                new InsightFilter(LocalDate.now().minusDays(3), null, NORTH, null, null));
        List<CellCount> cells = new ArrayList<>();
        for (InsightFilter f : filters) {
            ThemeCounts counts = asOfficer(() -> insight.themeCounts(fixture.id(), f));
            cells.add(counts.taggedResponses());
            counts.themes().forEach(t -> cells.add(t.responses()));
            asOfficer(() -> insight.priorities(fixture.id(), f)).forEach(p -> cells.add(p.responses()));
            asOfficer(() -> insight.themesByArea(fixture.id(), f)).rows().forEach(r -> cells.addAll(r.cells()));
        }
        assertThat(cells).isNotEmpty().allSatisfy(c -> assertThat(c.count().orElse(Long.MAX_VALUE)).isGreaterThanOrEqualTo(10));
        assertThat(cells).anySatisfy(c -> assertThat(c.suppressed()).isTrue());
    }

    @Test
    void aDrillDownListsTheResponsesBehindAShownCountButNotASuppressedOne() {
        List<ResponseExcerpt> behind = asOfficer(() -> insight.responsesWithTheme(fixture.id(), "transport", InsightFilter.none()));
        assertThat(behind).hasSize(19).extracting(ResponseExcerpt::excerpt).containsOnly("Buses are late", "Trains are full");
        assertThat(behind).extracting(ResponseExcerpt::reference).doesNotHaveDuplicates();
        assertThatThrownBy(() -> asOfficer(() -> insight.responsesWithTheme(fixture.id(), "transport",
                new InsightFilter(null, null, WOODLEY, null, null))))
                .isInstanceOf(TranslatableException.class).hasMessage("insight.drill-down.suppressed");
    }

    @Test
    void anonymousVisitorsResidentsAndFacilitatorsAreRefusedEveryMethod() {
        assertDenied();
    }

    private void assertDenied() {
        long id = fixture.id();
        InsightFilter none = InsightFilter.none();
        List<AccessRules.Call> calls = List.of(() -> insight.volume(id, none), () -> insight.themeCounts(id, none),
                () -> insight.priorities(id, none), () -> insight.themesByArea(id, none),
                () -> insight.responsesWithTheme(id, "transport", none),
                () -> insight.uncountedChanges(InsightScope.of(id)));
        AccessRules.assertRefused(calls, Roles.RESIDENT, Roles.FACILITATOR);
    }

    private static <T> T asOfficer(Supplier<T> work) {
        return SystemTask.runAs(Roles.OFFICER, work);
    }

    private static ThemeCounts.ThemeCount theme(ThemeCounts counts, String id) {
        return counts.themes().stream().filter(t -> t.themeId().equals(id)).findFirst().orElseThrow();
    }

    private static CellCount cell(ThemesByArea table, String themeId, String areaId) {
        int column = table.areas().stream().map(a -> a.id()).toList().indexOf(areaId);
        return table.rows().stream().filter(r -> r.themeId().equals(themeId)).findFirst().orElseThrow().cells().get(column);
    }

    private static List<String> priorityIds(List<ThemeSummary> themes, String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().priorityIds();
    }
}
