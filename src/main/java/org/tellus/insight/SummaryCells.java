package org.tellus.insight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.insight.summary.InsightSummary;
import org.tellus.insight.summary.Measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the insight summary's cells (decision 012) for a scope and filter: the sums the live queries would give,
 * from a few thousand rows instead of millions. It serves any filter by dates, area and channel (the cells by
 * equality group: dates, or area and channel); a theme or a question filter is not additive over cells, so those views
 * are counted live. Before reading, the scope's
 * pending changes are recounted ({@link InsightSummary#catchUpForReading}), so a figure is as current as a live one.
 */
@Component
class SummaryCells {

    private final JdbcClient jdbc;
    private final InsightSummary summary;
    private final TransactionTemplate outside;
    private volatile boolean enabled = true;

    SummaryCells(JdbcClient jdbc, InsightSummary summary, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.summary = summary;
        // The caller's transaction may hold a snapshot older than the catch-up (an export's, say, taken at its first
        // read): cells are read outside it, each statement seeing what is committed, the catch-up included.
        this.outside = new TransactionTemplate(transactions);
        this.outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /** Off, every view is counted live: for the test that holds the cells' sums against the live counts. */
    void enable(boolean on) {
        enabled = on;
    }

    /** Whether this filter can be read from the cells; if so, first brings the scope's cells up to date. */
    boolean serve(InsightScope scope, InsightFilter filter) {
        // The cells are not kept by language: a language filter is counted live.
        if (!enabled || filter.themeId() != null || filter.questionId() != null || filter.language() != null) {
            return false;
        }
        outside.executeWithoutResult(status -> summary.catchUpForReading(scope));
        return true;
    }

    /**
     * Whether the cells by equality-monitoring group serve this filter: they are kept by area and channel, and
     * apart by day (by day, area and channel together they would outnumber the responses), so not for a date range
     * with an area or a channel.
     */
    boolean serveGroups(InsightScope scope, InsightFilter filter) {
        boolean dated = filter.from() != null || filter.to() != null;
        if (!enabled || filter.themeId() != null || filter.questionId() != null || filter.language() != null
                || dated && (filter.areaId() != null || filter.channel() != null)) {
            return false;
        }
        outside.executeWithoutResult(status -> summary.catchUpForReading(scope));
        return true;
    }

    long pending(InsightScope scope) {
        return outside.execute(status -> summary.pending(scope));
    }

    /** Responses per measure of this kind (a prefix such as "theme:", or an exact measure), keyed by the rest. */
    Map<String, Long> byMeasure(InsightScope scope, InsightFilter filter, String measure) {
        return sum(where(scope, filter, measure), measure, "measure", "");
    }

    /** As {@link #byMeasure}, by area too (responses with an area only); keyed "rest\nareaId". */
    Map<String, Long> byMeasureAndArea(InsightScope scope, InsightFilter filter, String measure) {
        return sum(where(scope, filter, measure), measure, "measure, area_id", " AND area_id <> ''");
    }

    /** Sums grouped by the measure and any further columns, keyed by the measure's rest and those columns. */
    private Map<String, Long> sum(Where where, String measure, String groupBy, String condition) {
        return outside.execute(status -> sumNow(where, measure, groupBy, condition));
    }

    private Map<String, Long> sumNow(Where where, String measure, String groupBy, String condition) {
        Map<String, Long> sums = new HashMap<>();
        int keys = groupBy.split(",").length;
        jdbc.sql("SELECT " + groupBy + ", SUM(responses) FROM " + where.table + " WHERE " + where.sql + condition
                + " GROUP BY " + groupBy).params(where.args.toArray()).query(rs -> {
            StringBuilder key = new StringBuilder(rs.getString(1).substring(prefixLength(measure)));
            for (int i = 2; i <= keys; i++) {
                key.append('\n').append(rs.getString(i));
            }
            sums.put(key.toString(), rs.getLong(keys + 1));
        });
        return sums;
    }

    /** Submitted responses per local day. */
    Map<LocalDate, Long> submittedByDay(InsightScope scope, InsightFilter filter) {
        Map<LocalDate, Long> days = new HashMap<>();
        Where where = where(scope, filter, Measure.SUBMITTED).days();
        outside.executeWithoutResult(status -> jdbc.sql("SELECT day, SUM(responses) FROM insight_cell WHERE " + where.sql + " GROUP BY day")
                .params(where.args.toArray()).query(rs -> {
                    days.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                }));
        return days;
    }

    /** Submitted responses per channel. */
    Map<String, Long> submittedByChannel(InsightScope scope, InsightFilter filter) {
        Map<String, Long> channels = new HashMap<>();
        Where where = where(scope, filter, Measure.SUBMITTED);
        outside.executeWithoutResult(status -> jdbc.sql("SELECT channel, SUM(responses) FROM " + where.table + " WHERE " + where.sql + " GROUP BY channel")
                .params(where.args.toArray()).query(rs -> {
                    channels.put(rs.getString(1), rs.getLong(2));
                }));
        return channels;
    }

    /**
     * Per answer of one equality-monitoring item, with the filter's dates, or area and channel (see
     * {@link #serveGroups}): keyed "rest\nanswer".
     */
    Map<String, Long> byGroup(InsightScope scope, InsightFilter filter, String item, String measure) {
        Where where = where(scope, filter, measure);
        List<Object> args = new ArrayList<>(where.args);
        args.addFirst(item);
        String table = "insight_cell".equals(where.table) ? "insight_group_day" : "insight_group_cell";
        return sum(new Where(table, "item = ? AND" + where.sql, args), measure, "measure, answer", "");
    }

    private record Where(String table, String sql, List<Object> args) {
        /** Always the day cells, even without a date range (the day is what is asked for). */
        Where days() {
            return new Where("insight_cell", sql, args);
        }
    }

    private static Where where(InsightScope scope, InsightFilter filter, String measure) {
        boolean dated = filter.from() != null || filter.to() != null;
        StringBuilder sql = new StringBuilder(consultations(scope));
        List<Object> args = new ArrayList<>(scope.consultationIds().stream().sorted().toList());
        if (filter.from() != null) {
            sql.append(" day >= ? AND");
            args.add(filter.from().toString());
        }
        if (filter.to() != null) {
            sql.append(" day <= ? AND");
            args.add(filter.to().toString());
        }
        if (filter.areaId() != null) {
            sql.append(" area_id = ? AND");
            args.add(filter.areaId());
        }
        if (filter.channel() != null) {
            sql.append(" channel = ? AND");
            args.add(filter.channel().name());
        }
        sql.append(" measure LIKE ?");
        args.add(measurePattern(measure));
        return new Where(dated ? "insight_cell" : "insight_total", sql.toString(), args);
    }

    private static String consultations(InsightScope scope) {
        return scope.all() ? "" : " consultation_id IN ("
                + String.join(",", scope.consultationIds().stream().map(id -> "?").toList()) + ") AND";
    }

    /** "theme:" matches every theme; an exact measure only itself (measures hold no LIKE wildcards but '_'). */
    private static String measurePattern(String measure) {
        String escaped = measure.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return measure.endsWith(":") ? escaped + "%" : escaped;
    }

    private static int prefixLength(String measure) {
        return measure.endsWith(":") ? measure.length() : 0;
    }
}
