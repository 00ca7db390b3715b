package org.tellus.insight.load;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.EqualityMonitoring;
import org.tellus.insight.EquityLensService;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightScope;

import java.util.List;

import static org.tellus.AccessRules.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The synthetic load (src/bench) is marked as such by its title, has the promised shape, is reused, and only an
 * administrator makes one.
 */
@IntegrationTest
@WithMockUser(username = "admin@example.org", roles = Roles.ADMIN)
class SyntheticLoadTest {

    private static final int SIZE = 600;

    @Autowired
    SyntheticLoad load;
    @Autowired
    EquityLensService lens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLoadIsMarkedSyntheticHasARealisticShapeAndIsReused() {
        long id = load.ensure(SIZE, 7);

        assertThat(jdbc.queryForObject("SELECT title FROM consultation WHERE id = ?", String.class, id))
                .isEqualTo("SYNTHETIC LOAD — not real responses");
        assertThat(count("SELECT COUNT(*) FROM response WHERE consultation_id = ? AND status = 'SUBMITTED' AND submission_key LIKE 'synthetic-%'", id))
                .isEqualTo(SIZE);
        assertThat(count("SELECT COUNT(DISTINCT area_id) FROM response WHERE consultation_id = ?", id)).isGreaterThan(10);
        assertThat(count("SELECT COUNT(*) FROM response WHERE consultation_id = ? AND area_id IS NULL", id)).isPositive();
        assertThat(count("SELECT COUNT(DISTINCT channel) FROM response WHERE consultation_id = ?", id)).isEqualTo(5);
        assertThat(count("SELECT DATEDIFF(MAX(submitted_at), MIN(submitted_at)) FROM response WHERE consultation_id = ?", id))
                .isGreaterThan(300);
        assertThat(count("""
                SELECT COUNT(*) FROM response_equality e JOIN response r ON r.id = e.response_id
                WHERE r.consultation_id = ? AND e.answer = 'prefer-not'""", id)).isPositive();
        assertThat(jdbc.queryForList("""
                SELECT DISTINCT e.item FROM response_equality e JOIN response r ON r.id = e.response_id
                WHERE r.consultation_id = ?""", String.class, id)).containsExactlyInAnyOrderElementsOf(EqualityMonitoring.ITEMS.keySet());
        // Its tags are checked on the drawing itself: the background tagger re-tags these answers with the real model.
        assertThat(count("SELECT COUNT(*) FROM answer_tagging t JOIN answer a ON a.id = t.answer_id JOIN response r ON r.id = a.response_id WHERE r.consultation_id = ?", id))
                .isEqualTo(count("SELECT COUNT(*) FROM answer a JOIN response r ON r.id = a.response_id WHERE r.consultation_id = ? AND a.text_value IS NOT NULL", id));

        assertThat(load.ensure(SIZE, 7)).as("reused, not loaded twice").isEqualTo(id);
        assertThat(load.find(SIZE)).contains(id);
        assertThat(SystemTask.runAs(Roles.OFFICER,
                () -> lens.compare(InsightScope.of(id), "age-band", InsightFilter.none())).groups()).isNotEmpty();
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void officersCannotGenerateALoad() {
        assertDenied(() -> load.ensure(10, 1));
        assertDenied(() -> load.find(10));
    }

    @Test
    @WithMockUser(roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void residentsAndFacilitatorsCannotGenerateALoad() {
        assertDenied(() -> load.ensure(10, 1));
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreDenied() {
        assertDenied(() -> load.ensure(10, 1));
        assertDenied(() -> load.find(10));
    }

    @Test
    void freeTextCarriesZeroToThreeThemesWithFallingConfidences() {
        SyntheticResponses draw = new SyntheticResponses(3, java.util.Map.of("a", "Area A", "b", "Area B"),
                java.util.Map.of("t1", List.of("bus"), "t2", List.of("bins"), "t3", List.of("parks"), "t4", List.of()),
                java.time.Instant.parse("2026-11-01T00:00:00Z"));
        java.util.Set<Integer> sizes = new java.util.HashSet<>();
        for (int i = 0; i < 2000; i++) {
            SyntheticResponses.FreeText text = draw.next().first();
            if (text == null) {
                continue;
            }
            List<SyntheticResponses.Tag> tags = text.tags();
            sizes.add(tags.size());
            for (int t = 0; t < tags.size(); t++) {
                assertThat(tags.get(t).confidence()).isBetween(0.0, 1.0);
                if (t > 0) {
                    assertThat(tags.get(t).confidence()).isLessThanOrEqualTo(tags.get(t - 1).confidence());
                }
            }
            assertThat(tags).extracting(SyntheticResponses.Tag::themeId).doesNotHaveDuplicates();
        }
        assertThat(sizes).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    private long count(String sql, long id) {
        return jdbc.queryForObject(sql, Long.class, id);
    }

}
