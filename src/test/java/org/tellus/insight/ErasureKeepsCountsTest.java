package org.tellus.insight;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.privacy.PrivacyService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure (decision 031) keeps every insight count consistent: the summary's cells still equal the live count, the
 * responses still count as responses, and what went (free text without consent, equality answers) leaves exactly
 * the themes and groups it was in.
 */
@IntegrationTest
class ErasureKeepsCountsTest {

    @Autowired
    PrivacyService privacy;
    @Autowired
    InsightService insight;
    @Autowired
    EquityLensService lens;
    @Autowired
    SummaryCells cells;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void countsStillAddUpAfterResponsesAreErased() {
        LensFixture fixture = LensFixture.forOneTestClass(context);
        InsightScope scope = InsightScope.of(fixture.id());
        assertSameAsLive(scope);
        long total = asOfficer(() -> insight.volume(scope, InsightFilter.none())).total();
        long transport = transport(scope);
        Map<String, Long> disability = groups(scope, "disability");

        // Ten of batch C (no consent: the text goes, and its theme) and ten of batch A (consented: the text stays).
        for (long answer : concat(fixture.notConsentedAnswers.subList(0, 10), fixture.consentedAnswers.subList(0, 10))) {
            String reference = jdbc.queryForObject("SELECT r.reference FROM response r JOIN answer a ON a.response_id = r.id "
                    + "WHERE a.id = ?", String.class, answer);
            assertThat(privacy.eraseResponse(reference, anAddress())).isTrue();
        }

        assertSameAsLive(scope);
        assertThat(asOfficer(() -> insight.volume(scope, InsightFilter.none())).total()).isEqualTo(total);
        assertThat(transport(scope)).isEqualTo(transport - 10);
        Map<String, Long> after = groups(scope, "disability");
        assertThat(after.get("yes")).isEqualTo(disability.get("yes") - 10);
        assertThat(after.get("no")).isEqualTo(disability.get("no") - 10);
    }

    private long transport(InsightScope scope) {
        return asOfficer(() -> insight.themeCounts(scope, InsightFilter.none())).themes().stream()
                .filter(t -> t.themeId().equals("transport")).findFirst().orElseThrow().responses().count().orElse(0);
    }

    private Map<String, Long> groups(InsightScope scope, String item) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        asOfficer(() -> lens.compare(scope, item, InsightFilter.none())).groups()
                .forEach(g -> sizes.put(g.code(), g.respondents().count().orElse(-1)));
        return sizes;
    }

    private void assertSameAsLive(InsightScope scope) {
        Map<String, Object> fromCells = views(scope);
        cells.enable(false);
        try {
            assertThat(fromCells).isEqualTo(views(scope));
        } finally {
            cells.enable(true);
        }
    }

    private Map<String, Object> views(InsightScope scope) {
        return asOfficer(() -> {
            Map<String, Object> views = new LinkedHashMap<>();
            views.put("volume", insight.volume(scope, InsightFilter.none()));
            views.put("themes", insight.themeCounts(scope, InsightFilter.none()));
            views.put("by area", insight.themesByArea(scope, InsightFilter.none()));
            views.put("priorities", insight.priorities(scope, InsightFilter.none()));
            views.put("lens by area", lens.compare(scope, "area", InsightFilter.none()));
            views.put("lens disability", lens.compare(scope, "disability", InsightFilter.none()));
            return views;
        });
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static <T> T asOfficer(Supplier<T> call) {
        return SystemTask.runAs(Roles.OFFICER, call::get);
    }

    /** An address of its own for each erasure, so abuse protection's limit on tries (decision 032) is not met. */
    private static String anAddress() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return "10.254." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }
}
