package org.tellus.insight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.consultation.EqualityMonitoring;
import org.tellus.insight.summary.Measure;
import org.tellus.plan.PlanService;
import org.tellus.plan.ThemeSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The equity lens: themes by area and by each equality-monitoring question, each group against everyone else
 * who answered (see {@link GroupComparisons}). One dimension at a time: from the insight summary's cells where
 * they serve the filter (areas with any date, area or channel filter; equality items with a date range, or an
 * area or channel filter, not both), else as two GROUP BY queries (group sizes, and theme by group). "Prefer not
 * to say" is not an answer to compare: those respondents are in no group and in no "everyone else" (decision 009).
 * By network forum, the people posting in each network's forum are compared instead (see {@link ForumLens}).
 */
@Service
@Transactional(readOnly = true)
public class EquityLensService {

    private final JdbcClient jdbc;
    private final PlanService plan;
    private final ForumLens forums;
    private final SummaryCells cells;

    EquityLensService(JdbcClient jdbc, PlanService plan, ForumLens forums, SummaryCells cells) {
        this.jdbc = jdbc;
        this.plan = plan;
        this.forums = forums;
        this.cells = cells;
    }

    /** The dimensions the lens offers: areas, each equality-monitoring question, then network forums. */
    public static List<String> dimensions() {
        List<String> dimensions = new ArrayList<>();
        dimensions.add(GroupComparison.AREA);
        dimensions.addAll(EqualityMonitoring.ITEMS.keySet());
        dimensions.add(GroupComparison.NETWORK_FORUM);
        return dimensions;
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public GroupComparison compare(InsightScope scope, String dimension, InsightFilter filter) {
        if (GroupComparison.NETWORK_FORUM.equals(dimension)) {
            return forums.compare(filter, plan.themes());
        }
        Grouping grouping = grouping(dimension);
        Map<String, Long> sizes = new HashMap<>();
        Map<String, Long> hits = new HashMap<>();
        if (GroupComparison.AREA.equals(dimension) && cells.serve(scope, filter)) {
            cells.byMeasureAndArea(scope, filter, Measure.TAGGED).forEach((key, n) -> sizes.put(afterNewline(key), n));
            hits.putAll(cells.byMeasureAndArea(scope, filter, Measure.THEME));
        } else if (!GroupComparison.AREA.equals(dimension) && cells.serveGroups(scope, filter)) {
            cells.byGroup(scope, filter, dimension, Measure.TAGGED).forEach((key, n) -> sizes.put(afterNewline(key), n));
            hits.putAll(cells.byGroup(scope, filter, dimension, Measure.THEME));
        } else {
            countLive(scope, filter, grouping, sizes, hits);
        }
        return compare(dimension, grouping, sizes, hits);
    }

    /**
     * The networks' forums as a source beside the answers (decision 034): people per theme and priority, overall and
     * per network taking part in analysis. Of the filter only the dates apply (posts belong to no consultation).
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public ForumThemes forumThemes(InsightFilter filter) {
        return forums.themes(filter, plan.themes(), plan.priorities());
    }

    /** "tagged\ngroup" to "group": the group sizes come keyed by measure and group. */
    private static String afterNewline(String key) {
        return key.substring(key.indexOf('\n') + 1);
    }

    /** Group sizes (respondents with a tagged answer) and hits keyed "themeId\ngroup", counted in the database. */
    private void countLive(InsightScope scope, InsightFilter filter, Grouping grouping, Map<String, Long> sizes,
                           Map<String, Long> hits) {
        ResponseQuery sizesWhere = grouping.where(ResponseQuery.answers(scope, filter));
        jdbc.sql("SELECT " + grouping.column + ", COUNT(DISTINCT r.id) FROM response r " + grouping.join + """
                 JOIN answer a ON a.response_id = r.id
                JOIN tagged_answer t ON t.answer_id = a.id
                WHERE """ + sizesWhere.sql() + " GROUP BY " + grouping.column).params(sizesWhere.args()).query(rs -> {
                    sizes.put(rs.getString(1), rs.getLong(2));
                });
        ResponseQuery hitsWhere = grouping.where(ResponseQuery.answers(scope, filter));
        // Joining tagged_answer too keeps every hit inside its group's base (a theme counts once its answer is read).
        jdbc.sql("SELECT ft.theme_id, " + grouping.column + ", COUNT(DISTINCT r.id) FROM response r " + grouping.join + """
                 JOIN answer a ON a.response_id = r.id
                JOIN tagged_answer t ON t.answer_id = a.id
                JOIN final_answer_theme ft ON ft.answer_id = a.id
                WHERE """ + hitsWhere.sql() + " GROUP BY ft.theme_id, " + grouping.column)
                .params(hitsWhere.args()).query(rs -> {
                    hits.put(rs.getString(1) + "\n" + rs.getString(2), rs.getLong(3));
                });
    }

    private GroupComparison compare(String dimension, Grouping grouping, Map<String, Long> sizes, Map<String, Long> hits) {
        List<GroupComparisons.GroupSize> groups = grouping.groups.stream()
                .map(g -> new GroupComparisons.GroupSize(g.code(), g.name(), sizes.getOrDefault(g.code(), 0L))).toList();
        List<GroupComparisons.ThemeLine> themes = new ArrayList<>();
        for (ThemeSummary theme : plan.themes()) {
            long[] line = groups.stream().mapToLong(g -> hits.getOrDefault(theme.id() + "\n" + g.code(), 0L)).toArray();
            if (!theme.retired() || java.util.Arrays.stream(line).anyMatch(n -> n > 0)) {
                themes.add(new GroupComparisons.ThemeLine(theme.id(), theme.name(), line));
            }
        }
        return GroupComparisons.compare(dimension, groups, themes);
    }

    private record Named(String code, String name) {
    }

    /** How one dimension joins, names its group column and narrows the responses. */
    private record Grouping(String join, String column, String condition, Object[] args, List<Named> groups) {
        ResponseQuery where(ResponseQuery query) {
            return query.and(condition, args);
        }
    }

    private Grouping grouping(String dimension) {
        if (GroupComparison.AREA.equals(dimension)) {
            return new Grouping("", "r.area_id", "r.area_id IS NOT NULL", new Object[0],
                    plan.areas().stream().map(a -> new Named(a.id(), a.name())).toList());
        }
        List<String> answers = EqualityMonitoring.ITEMS.get(dimension);
        if (answers == null) {
            throw new TranslatableException("insight.lens.unknown-dimension");
        }
        return new Grouping("JOIN response_equality e ON e.response_id = r.id", "e.answer",
                "e.item = ? AND e.answer <> ?", new Object[] {dimension, EqualityMonitoring.PREFER_NOT},
                answers.stream().filter(a -> !a.equals(EqualityMonitoring.PREFER_NOT)).map(a -> new Named(a, null)).toList());
    }
}
