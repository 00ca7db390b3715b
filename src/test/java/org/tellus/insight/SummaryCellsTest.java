package org.tellus.insight;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.insight.summary.InsightSummary;
import org.tellus.response.Channel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The insight summary's cells give exactly what the live queries give: every view they serve, on the lens and
 * insight fixtures, then again after the changes the triggers must catch (a machine tag removed, an officer's
 * decision, a response's area and channel changed, a theme mapped to another priority, a response deleted).
 */
@IntegrationTest
class SummaryCellsTest {

    private static LensFixture lensFixture;
    private static InsightFixture insightFixture;

    @Autowired
    InsightService insight;
    @Autowired
    EquityLensService lens;
    @Autowired
    SummaryCells cells;
    @Autowired
    InsightSummary summary;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void consultations() {
        if (lensFixture == null) {
            lensFixture = LensFixture.forOneTestClass(context);
        }
        if (insightFixture == null) {
            insightFixture = InsightFixture.create(context);
        }
    }

    @AfterEach
    void summaryBackOn() {
        cells.enable(true);
    }

    @Test
    void everyViewFromTheCellsEqualsTheLiveCount() {
        assertSameAsLive(InsightScope.of(insightFixture.id()));
        assertSameAsLive(InsightScope.of(lensFixture.id()));
        assertSameAsLive(new InsightScope(Set.of(insightFixture.id(), lensFixture.id())));
    }

    @Test
    void theCellsFollowEveryKindOfChange() {
        InsightFixture fixture = InsightFixture.create(context);
        InsightScope scope = InsightScope.of(fixture.id());
        assertSameAsLive(scope);
        long transportBefore = count(asOfficer(() -> insight.themeCounts(scope, InsightFilter.none())), "transport");

        List<Long> transportAnswers = jdbc.queryForList("""
                SELECT m.answer_id FROM machine_tag m JOIN answer a ON a.id = m.answer_id JOIN response r ON r.id = a.response_id
                WHERE r.consultation_id = ? AND m.theme_id = 'transport' ORDER BY m.answer_id""", Long.class, fixture.id());
        // The machine's tag removed from one answer; an officer's decision on another (transport becomes housing).
        jdbc.update("DELETE FROM machine_tag WHERE answer_id = ? AND theme_id = 'transport'", transportAnswers.get(0));
        jdbc.update("INSERT INTO answer_review (answer_id, reviewed_by, reviewed_at) VALUES (?, 'test', CURRENT_TIMESTAMP(3))",
                transportAnswers.get(1));
        jdbc.update("INSERT INTO officer_tag (answer_id, theme_id) VALUES (?, 'housing')", transportAnswers.get(1));
        // A response moves area and channel; another is deleted.
        jdbc.update("UPDATE response r JOIN answer a ON a.response_id = r.id SET r.area_id = ?, r.channel = 'PAPER' WHERE a.id = ?",
                InsightFixture.WOODLEY, transportAnswers.get(2));
        jdbc.update("DELETE r FROM response r JOIN answer a ON a.response_id = r.id WHERE a.id = ?", transportAnswers.get(3));
        assertSameAsLive(scope);
        assertThat(count(asOfficer(() -> insight.themeCounts(scope, InsightFilter.none())), "transport"))
                .isEqualTo(transportBefore - 3);

        // Transport mapped to one more plan priority: every response with transport now reaches it.
        String priority = jdbc.queryForObject("""
                SELECT id FROM plan_priority WHERE id NOT IN (SELECT priority_id FROM theme_priority WHERE theme_id = 'transport')
                ORDER BY position LIMIT 1""", String.class);
        jdbc.update("INSERT INTO theme_priority (theme_id, priority_id) VALUES ('transport', ?)", priority);
        try {
            assertSameAsLive(scope);
        } finally {
            jdbc.update("DELETE FROM theme_priority WHERE theme_id = 'transport' AND priority_id = ?", priority);
        }
        assertSameAsLive(scope);
    }

    @Test
    void figuresAreCurrentWhenTheCallerHoldsAnOlderSnapshot() {
        InsightFixture fixture = InsightFixture.create(context);
        InsightScope scope = InsightScope.of(fixture.id());
        long before = count(asOfficer(() -> insight.themeCounts(scope, InsightFilter.none())), "transport");
        long answer = jdbc.queryForObject("""
                SELECT MIN(m.answer_id) FROM machine_tag m JOIN answer a ON a.id = m.answer_id JOIN response r ON r.id = a.response_id
                WHERE r.consultation_id = ? AND m.theme_id = 'transport'""", Long.class, fixture.id());
        TransactionTemplate repeatableRead = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        repeatableRead.setReadOnly(true);
        long inside = repeatableRead.execute(status -> {
            // The caller's snapshot starts here (as an export's does at its first read), before the change below.
            jdbc.queryForObject("SELECT COUNT(*) FROM insight_change", Long.class);
            TransactionTemplate other = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            other.executeWithoutResult(s -> jdbc.update("DELETE FROM machine_tag WHERE answer_id = ? AND theme_id = 'transport'", answer));
            return count(asOfficer(() -> insight.themeCounts(scope, InsightFilter.none())), "transport");
        });
        assertThat(inside).isEqualTo(before - 1);
    }

    @Test
    @WithMockUser(roles = Roles.RESIDENT)
    void onlyOfficersRecountAndOnlyAdministratorsMakeItForgetAConsultation() {
        InsightScope scope = InsightScope.of(insightFixture.id());
        List<Runnable> calls = List.of(() -> summary.catchUpForReading(scope), () -> summary.catchUp(scope, 1),
                () -> summary.pending(scope), () -> summary.forget(insightFixture.id()));
        calls.forEach(call -> assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void officersCannotMakeItForgetAConsultation() {
        assertThatThrownBy(() -> summary.forget(insightFixture.id())).isInstanceOf(AccessDeniedException.class);
    }

    private void assertSameAsLive(InsightScope scope) {
        Map<String, Object> fromCells = views(scope);
        cells.enable(false);
        try {
            Map<String, Object> live = views(scope);
            assertThat(fromCells).isEqualTo(live);
        } finally {
            cells.enable(true);
        }
    }

    /** Every view the cells serve, with filters of each kind they take. */
    private Map<String, Object> views(InsightScope scope) {
        LocalDate today = LocalDate.now();
        List<InsightFilter> filters = new ArrayList<>(List.of(InsightFilter.none(),
                new InsightFilter(null, null, InsightFixture.NORTH, null, null),
                new InsightFilter(null, null, null, Channel.PHONE, null),
                new InsightFilter(today.minusDays(5), today, null, null, null),
                new InsightFilter(today.minusDays(30), today.minusDays(5), InsightFixture.NORTH, Channel.ONLINE, null)));
        Map<String, Object> views = new LinkedHashMap<>();
        asOfficer(() -> {
            for (InsightFilter f : filters) {
                views.put("volume " + f, insight.volume(scope, f));
                views.put("themes " + f, insight.themeCounts(scope, f));
                views.put("by area " + f, insight.themesByArea(scope, f));
                views.put("priorities " + f, insight.priorities(scope, f));
                views.put("lens by area " + f, lens.compare(scope, "area", f));
            }
            for (String item : List.of("disability", "sex", "age-band")) {
                for (InsightFilter f : filters) {
                    views.put("lens " + item + " " + f, lens.compare(scope, item, f));
                }
            }
            return null;
        });
        return views;
    }

    private static long count(ThemeCounts counts, String theme) {
        return counts.themes().stream().filter(t -> t.themeId().equals(theme)).findFirst().orElseThrow()
                .responses().count().orElse(0);
    }

    private static <T> T asOfficer(Supplier<T> call) {
        return SystemTask.runAs(Roles.OFFICER, call::get);
    }
}
