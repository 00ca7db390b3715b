package org.tellus.insight.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.base.security.Roles;
import org.tellus.insight.summary.InsightSummary;
import org.tellus.plan.AreaSummary;
import org.tellus.plan.PlanService;
import org.tellus.plan.ThemeSummary;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Generates a synthetic consultation of N responses for benchmarking, clearly marked: the title {@value #TITLE}
 * (which is how the benchmark finds its loads again), a summary saying so, questions starting "SYNTHETIC:",
 * submission keys starting {@code synthetic-} and the tagging model version {@value #MODEL_VERSION}. The product
 * knows nothing of it (it lives in src/bench); it is never part of the demo data. Rows go in as multi-row INSERTs
 * on one connection with unique and foreign-key checks off (the generator makes every key itself), so a million
 * responses load in minutes.
 * A load that did not finish stays a DRAFT and is replaced by the next run. See docs/benchmarks.md.
 */
@Service
public class SyntheticLoad {

    public static final String TITLE = "SYNTHETIC LOAD — not real responses";
    static final String MODEL_VERSION = "synthetic-load";
    private static final Logger log = LoggerFactory.getLogger(SyntheticLoad.class);
    private static final int COMMIT_EVERY = 20_000;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final PlanService plan;
    private final Clock clock;
    private final InsightSummary summary;
    private final TransactionTemplate transaction;

    SyntheticLoad(JdbcTemplate jdbc, DataSource dataSource, PlanService plan, Clock clock, InsightSummary summary,
                  PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.plan = plan;
        this.clock = clock;
        this.summary = summary;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The id of the finished synthetic consultation with exactly this many responses, if there is one. */
    @PreAuthorize(Roles.IS_ADMIN)
    public Optional<Long> find(int responses) {
        return jdbc.queryForList("SELECT id FROM consultation WHERE title = ? AND status = 'CLOSED' AND summary = ?",
                Long.class, TITLE, summary(responses)).stream().findFirst();
    }

    /** Reuses the synthetic consultation of this size, or generates it; returns its id. */
    @PreAuthorize(Roles.IS_ADMIN)
    public long ensure(int responses, long seed) {
        if (responses < 1) {
            throw new IllegalArgumentException("a synthetic load needs at least one response");
        }
        Optional<Long> existing = find(responses);
        if (existing.isPresent()) {
            return existing.get();
        }
        removeUnfinished(responses);
        long started = System.nanoTime();
        long consultationId = createConsultation(responses);
        long[] questions = createQuestions(consultationId);
        SyntheticResponses draw = new SyntheticResponses(seed, areaNames(), themeKeywords(), clock.instant());
        try (Connection connection = dataSource.getConnection()) {
            insertAll(connection, consultationId, questions, responses, draw);
        } catch (SQLException e) {
            throw new IllegalStateException("Synthetic load failed: " + e.getMessage(), e);
        }
        markForSummary(consultationId);
        jdbc.update("UPDATE consultation SET status = 'CLOSED' WHERE id = ?", consultationId);
        log.info("Loaded {} synthetic responses into consultation {} in {} s", responses, consultationId,
                (System.nanoTime() - started) / 1_000_000_000);
        return consultationId;
    }

    private void insertAll(Connection connection, long consultationId, long[] questions, int responses,
                           SyntheticResponses draw) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try (Statement session = connection.createStatement()) {
            // The insight summary's triggers stand aside (one change row per tag would double the load's rows);
            // markForSummary counts each response once instead.
            session.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0, @tellus_bulk_load = 1");
            connection.setAutoCommit(false);
            long responseId = nextId(session, "response");
            long answerId = nextId(session, "answer");
            BulkRows rows = new BulkRows(session);
            for (int n = 0; n < responses; n++, responseId++) {
                SyntheticResponses.Drawn r = draw.next();
                rows.response(responseId, consultationId, "synthetic-" + consultationId + "-" + n, r);
                rows.rating(answerId++, responseId, questions[0], r.rating());
                if (r.first() != null) {
                    rows.freeText(answerId++, responseId, questions[1], r.first());
                }
                if (r.second() != null) {
                    rows.freeText(answerId++, responseId, questions[2], r.second());
                }
                rows.equality(responseId, r.equality());
                if ((n + 1) % COMMIT_EVERY == 0) {
                    rows.flushAll();
                    connection.commit();
                    if ((n + 1) % (COMMIT_EVERY * 10) == 0) {
                        log.info("{} of {} synthetic responses", n + 1, responses);
                    }
                }
            }
            rows.flushAll();
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
            try (Statement reset = connection.createStatement()) {
                reset.execute("SET SESSION unique_checks = 1, foreign_key_checks = 1, @tellus_bulk_load = NULL");
            }
        }
    }

    /** Asks the insight summary to count every response of the load (it does so in the background). */
    private void markForSummary(long consultationId) {
        jdbc.update("""
                INSERT INTO insight_change (response_id, consultation_id)
                SELECT id, consultation_id FROM response WHERE consultation_id = ? AND status = 'SUBMITTED' ORDER BY id""",
                consultationId);
    }

    private static long nextId(Statement session, String table) throws SQLException {
        try (var rs = session.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long createConsultation(int responses) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.update("""
                INSERT INTO consultation (title, summary, status, audience, opens_on, closes_on, equality_monitoring,
                    questions_locked) VALUES (?, ?, 'DRAFT', 'PUBLIC', ?, ?, TRUE, TRUE)""",
                TITLE, summary(responses), today.minusDays(365), today);
        return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
    }

    private long[] createQuestions(long consultationId) {
        String[][] questions = {
                {"RATING", "SYNTHETIC: How satisfied are you with your area?"},
                {"FREE_TEXT", "SYNTHETIC: What matters most to you?"},
                {"FREE_TEXT", "SYNTHETIC: Anything else?"}};
        long[] ids = new long[questions.length];
        for (int i = 0; i < questions.length; i++) {
            boolean rating = "RATING".equals(questions[i][0]);
            jdbc.update("""
                    INSERT INTO question (consultation_id, position, type, prompt, required, max_length, scale_min, scale_max)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", consultationId, i, questions[i][0], questions[i][1], rating,
                    rating ? null : 2000, rating ? 1 : null, rating ? 5 : null);
            ids[i] = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        }
        return ids;
    }

    /**
     * A load cut short (DRAFT) is deleted; its answers, tags and equality rows go with it (ON DELETE CASCADE), and
     * the insight summary forgets it at once instead of recounting each deleted response.
     */
    private void removeUnfinished(int responses) {
        for (Long id : jdbc.queryForList("SELECT id FROM consultation WHERE title = ? AND status = 'DRAFT' AND summary = ?",
                Long.class, TITLE, summary(responses))) {
            log.info("Removing unfinished synthetic consultation {}", id);
            transaction.executeWithoutResult(status -> {
                jdbc.update("DELETE FROM response WHERE consultation_id = ?", id);
                jdbc.update("DELETE FROM question WHERE consultation_id = ?", id);
                jdbc.update("DELETE FROM consultation WHERE id = ?", id);
                summary.forget(id);
            });
        }
    }

    private Map<String, String> areaNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (AreaSummary area : plan.areas()) {
            names.put(area.id(), area.name());
        }
        return names;
    }

    private Map<String, List<String>> themeKeywords() {
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        for (ThemeSummary theme : plan.themes()) {
            if (!theme.retired()) {
                keywords.put(theme.id(), theme.keywords());
            }
        }
        return keywords;
    }

    static String summary(int responses) {
        return "Synthetic load of " + responses + " generated responses for benchmarking insight. Not real people.";
    }
}
