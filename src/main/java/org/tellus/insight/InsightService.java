package org.tellus.insight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.insight.summary.Measure;
import org.tellus.plan.AreaSummary;
import org.tellus.plan.PlanService;
import org.tellus.plan.PrioritySummary;
import org.tellus.plan.ThemeSummary;
import org.tellus.response.Channel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What people said in a consultation. Views by dates, area and channel read the insight summary's cells
 * ({@link SummaryCells}, decision 012), so they stay interactive at millions of responses; a theme or question
 * filter is counted live, in the database (GROUP BY). Every count of respondents that says something about what
 * people said passes through {@link CellCount}, so a number under 10 never leaves this class (decision 005).
 */
@Service
@Transactional(readOnly = true)
public class InsightService {

    /** Most responses a drill-down lists. */
    public static final int DRILL_DOWN_LIMIT = 200;
    private static final int EXCERPT_LENGTH = 160;

    // Every count below is of review's read model final_answer_theme: the officer's decision where there is one
    // (a reviewed answer with no officer tag has no theme), else the machine's (decisions 008 and 016).
    private final JdbcClient jdbc;
    private final PlanService plan;
    private final SummaryCells cells;

    InsightService(JdbcClient jdbc, PlanService plan, SummaryCells cells) {
        this.jdbc = jdbc;
        this.plan = plan;
        this.cells = cells;
    }

    /**
     * Changes not yet in this scope's figures. Reading counts them first, so normally none; after a whole large
     * consultation is re-tagged, the background catches up over a minute or two and the page says so.
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public long uncountedChanges(InsightScope scope) {
        return cells.pending(scope);
    }

    /** Responses in total, per day and per channel (the theme filter does not apply to volumes). */
    @PreAuthorize(Roles.IS_OFFICER)
    public ResponseVolume volume(long consultationId, InsightFilter filter) {
        return volume(InsightScope.of(consultationId), filter);
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public ResponseVolume volume(InsightScope scope, InsightFilter filter) {
        InsightFilter responses = filter.withTheme(null).withQuestion(null);
        if (cells.serve(scope, responses)) {
            List<ResponseVolume.DayCount> days = cells.submittedByDay(scope, responses).entrySet().stream()
                    .filter(e -> e.getValue() > 0).sorted(Map.Entry.comparingByKey())
                    .map(e -> new ResponseVolume.DayCount(e.getKey(), e.getValue())).toList();
            List<ResponseVolume.ChannelCount> channels = cells.submittedByChannel(scope, responses).entrySet().stream()
                    .filter(e -> e.getValue() > 0).sorted(Map.Entry.comparingByKey())
                    .map(e -> new ResponseVolume.ChannelCount(Channel.valueOf(e.getKey()), e.getValue())).toList();
            return new ResponseVolume(channels.stream().mapToLong(ResponseVolume.ChannelCount::responses).sum(), days, channels);
        }
        ResponseQuery where = ResponseQuery.responses(scope, filter.withTheme(null));
        List<ResponseVolume.DayCount> days = jdbc.sql("SELECT " + localDay() + " AS day, COUNT(*) FROM response r WHERE "
                        + where.sql() + " GROUP BY day ORDER BY day")
                .params(where.args())
                .query((rs, n) -> new ResponseVolume.DayCount(rs.getObject(1, LocalDate.class), rs.getLong(2))).list();
        List<ResponseVolume.ChannelCount> channels = jdbc.sql("SELECT r.channel, COUNT(*) FROM response r WHERE " + where.sql() + " GROUP BY r.channel ORDER BY r.channel")
                .params(where.args())
                .query((rs, n) -> new ResponseVolume.ChannelCount(Channel.valueOf(rs.getString(1)), rs.getLong(2))).list();
        long total = channels.stream().mapToLong(ResponseVolume.ChannelCount::responses).sum();
        return new ResponseVolume(total, days, channels);
    }

    /**
     * Each theme's responses and share. The base of the shares is the responses with any tagged free-text
     * answer (tagged means the model has read it, whether or not it found a theme).
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public ThemeCounts themeCounts(long consultationId, InsightFilter filter) {
        return themeCounts(InsightScope.of(consultationId), filter);
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public ThemeCounts themeCounts(InsightScope scope, InsightFilter filter) {
        long tagged;
        Map<String, Long> counts;
        if (cells.serve(scope, filter)) {
            tagged = cells.byMeasure(scope, filter, Measure.TAGGED).getOrDefault(Measure.TAGGED, 0L);
            counts = cells.byMeasure(scope, filter, Measure.THEME);
        } else {
            tagged = liveTagged(scope, filter);
            counts = liveThemeCounts(scope, filter);
        }
        CellCount base = CellCount.of(tagged);
        List<ThemeCounts.ThemeCount> themes = new ArrayList<>();
        for (ThemeSummary theme : plan.themes()) {
            long n = counts.getOrDefault(theme.id(), 0L);
            if (theme.retired() && n == 0) {
                continue;
            }
            CellCount cell = CellCount.of(n);
            OptionalDouble share = cell.suppressed() || base.suppressed() ? OptionalDouble.empty()
                    : OptionalDouble.of((double) n / tagged);
            themes.add(new ThemeCounts.ThemeCount(theme.id(), theme.name(), cell, share));
        }
        return new ThemeCounts(base, themes);
    }

    private long liveTagged(InsightScope scope, InsightFilter filter) {
        ResponseQuery where = ResponseQuery.answers(scope, filter);
        return jdbc.sql("""
                SELECT COUNT(DISTINCT r.id) FROM response r
                JOIN answer a ON a.response_id = r.id
                JOIN tagged_answer t ON t.answer_id = a.id
                WHERE """ + where.sql()).params(where.args()).query(Long.class).single();
    }

    private Map<String, Long> liveThemeCounts(InsightScope scope, InsightFilter filter) {
        ResponseQuery where = ResponseQuery.answers(scope, filter);
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT ft.theme_id, COUNT(DISTINCT r.id) FROM response r
                JOIN answer a ON a.response_id = r.id
                JOIN final_answer_theme ft ON ft.answer_id = a.id
                WHERE """ + where.sql() + " GROUP BY ft.theme_id").params(where.args()).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Each theme's responses by week or month of submission (counted live: the question and theme filters apply as
     * in {@link #themeCounts}). Every row is suppressed as a line, since its periods add up to the theme's count.
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public ThemesOverTime themesOverTime(InsightScope scope, InsightFilter filter, TimeStep step) {
        ResponseQuery where = ResponseQuery.answers(scope, filter);
        Map<LocalDate, Long> tagged = new HashMap<>();
        jdbc.sql("SELECT " + localDay() + " AS day, COUNT(DISTINCT r.id) FROM response r JOIN answer a ON a.response_id = r.id"
                        + " JOIN tagged_answer t ON t.answer_id = a.id WHERE " + where.sql() + " GROUP BY day")
                .params(where.args()).query(rs -> {
                    tagged.merge(step.start(rs.getObject(1, LocalDate.class)), rs.getLong(2), Long::sum);
                });
        // Distinct responses per theme and day add up per period: a response has one submission day.
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT ft.theme_id, " + localDay() + " AS day, COUNT(DISTINCT r.id) FROM response r"
                        + " JOIN answer a ON a.response_id = r.id JOIN final_answer_theme ft ON ft.answer_id = a.id WHERE "
                        + where.sql() + " GROUP BY ft.theme_id, day")
                .params(where.args()).query(rs -> {
                    counts.merge(rs.getString(1) + "\n" + step.start(rs.getObject(2, LocalDate.class)), rs.getLong(3), Long::sum);
                });
        List<LocalDate> periods = new ArrayList<>();
        if (!tagged.isEmpty()) {
            LocalDate last = java.util.Collections.max(tagged.keySet());
            for (LocalDate p = java.util.Collections.min(tagged.keySet()); !p.isAfter(last); p = step.next(p)) {
                periods.add(p);
            }
        }
        List<ThemesOverTime.Row> rows = new ArrayList<>();
        for (ThemeSummary theme : plan.themes()) {
            long[] line = periods.stream().mapToLong(p -> counts.getOrDefault(theme.id() + "\n" + p, 0L)).toArray();
            if (!theme.retired() || java.util.Arrays.stream(line).anyMatch(n -> n > 0)) {
                rows.add(new ThemesOverTime.Row(theme.id(), theme.name(), CellCount.line(line)));
            }
        }
        return new ThemesOverTime(step, periods,
                CellCount.line(periods.stream().mapToLong(p -> tagged.getOrDefault(p, 0L)).toArray()), rows);
    }

    /** Each plan priority, the themes mapped to it and the distinct responses tagged with any of them. */
    @PreAuthorize(Roles.IS_OFFICER)
    public List<PriorityReach> priorities(long consultationId, InsightFilter filter) {
        return priorities(InsightScope.of(consultationId), filter);
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public List<PriorityReach> priorities(InsightScope scope, InsightFilter filter) {
        Map<String, Long> counts = cells.serve(scope, filter) ? cells.byMeasure(scope, filter, Measure.PRIORITY)
                : livePriorities(scope, filter);
        List<ThemeSummary> themes = plan.themes();
        List<PriorityReach> result = new ArrayList<>();
        for (PrioritySummary priority : plan.priorities()) {
            List<String> mapped = themes.stream().filter(t -> !t.retired() && t.priorityIds().contains(priority.id()))
                    .map(ThemeSummary::name).toList();
            result.add(new PriorityReach(priority.id(), priority.name(), mapped,
                    CellCount.of(counts.getOrDefault(priority.id(), 0L))));
        }
        return result;
    }

    private Map<String, Long> livePriorities(InsightScope scope, InsightFilter filter) {
        ResponseQuery where = ResponseQuery.answers(scope, filter);
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT tp.priority_id, COUNT(DISTINCT r.id) FROM response r
                JOIN answer a ON a.response_id = r.id
                JOIN final_answer_theme ft ON ft.answer_id = a.id
                JOIN theme_priority tp ON tp.theme_id = ft.theme_id
                WHERE """ + where.sql() + " GROUP BY tp.priority_id").params(where.args()).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Themes by the respondent's area; responses without an area are not in any column. The theme's count is
     * shown elsewhere, so each row is also protected against subtraction ({@link SmallCells}).
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public ThemesByArea themesByArea(long consultationId, InsightFilter filter) {
        return themesByArea(InsightScope.of(consultationId), filter);
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public ThemesByArea themesByArea(InsightScope scope, InsightFilter filter) {
        Map<String, Long> counts = cells.serve(scope, filter) ? cells.byMeasureAndArea(scope, filter, Measure.THEME)
                : liveThemesByArea(scope, filter);
        List<AreaSummary> areas = plan.areas();
        List<ThemesByArea.Row> rows = new ArrayList<>();
        for (ThemeSummary theme : plan.themes()) {
            if (theme.retired() && counts.keySet().stream().noneMatch(k -> k.startsWith(theme.id() + "\n"))) {
                continue;
            }
            long[] line = areas.stream().mapToLong(area -> counts.getOrDefault(theme.id() + "\n" + area.id(), 0L)).toArray();
            rows.add(new ThemesByArea.Row(theme.id(), theme.name(), CellCount.line(line)));
        }
        return new ThemesByArea(areas, rows);
    }

    /** Keyed "themeId\nareaId". */
    private Map<String, Long> liveThemesByArea(InsightScope scope, InsightFilter filter) {
        ResponseQuery where = ResponseQuery.answers(scope, filter);
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT ft.theme_id, r.area_id, COUNT(DISTINCT r.id) FROM response r
                JOIN answer a ON a.response_id = r.id
                JOIN final_answer_theme ft ON ft.answer_id = a.id
                WHERE r.area_id IS NOT NULL AND """ + where.sql() + " GROUP BY ft.theme_id, r.area_id")
                .params(where.args()).query(rs -> {
                    counts.put(rs.getString(1) + "\n" + rs.getString(2), rs.getLong(3));
                });
        return counts;
    }

    /**
     * The responses behind a theme's count (newest first, at most {@link #DRILL_DOWN_LIMIT}): references, the
     * start of the answer carrying the theme, and whether the respondent agreed to be quoted. Refused for a
     * suppressed count, since listing them would count them.
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public List<ResponseExcerpt> responsesWithTheme(long consultationId, String themeId, InsightFilter filter) {
        return responsesWithTheme(InsightScope.of(consultationId), themeId, filter);
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public List<ResponseExcerpt> responsesWithTheme(InsightScope scope, String themeId, InsightFilter filter) {
        long n;
        if (cells.serve(scope, filter.withTheme(null))) {
            n = cells.byMeasure(scope, filter.withTheme(null), Measure.THEME + themeId).getOrDefault(Measure.THEME + themeId, 0L);
        } else {
            ResponseQuery counted = ResponseQuery.responses(scope, filter.withTheme(themeId));
            n = jdbc.sql("SELECT COUNT(*) FROM response r WHERE " + counted.sql())
                    .params(counted.args()).query(Long.class).single();
        }
        if (CellCount.of(n).suppressed()) {
            throw new TranslatableException("insight.drill-down.suppressed");
        }
        ResponseQuery where = ResponseQuery.answers(scope, filter.withTheme(themeId));
        Map<String, ResponseExcerpt> byReference = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.reference, a.id, a.text_value, r.consent_to_quote,
                       EXISTS (SELECT 1 FROM insight_quote q WHERE q.answer_id = a.id) FROM response r
                JOIN answer a ON a.response_id = r.id
                JOIN final_answer_theme ft ON ft.answer_id = a.id
                WHERE """ + where.sql() + " AND ft.theme_id = ? ORDER BY r.submitted_at DESC, r.id DESC, a.id LIMIT ?")
                .params(where.argsAnd(themeId, DRILL_DOWN_LIMIT * 4)).query(rs -> {
                    if (byReference.size() < DRILL_DOWN_LIMIT) {
                        byReference.putIfAbsent(rs.getString(1), new ResponseExcerpt(rs.getString(1), rs.getLong(2),
                                excerpt(rs.getString(3)), rs.getBoolean(4), rs.getBoolean(5)));
                    }
                });
        return List.copyOf(byReference.values());
    }

    /**
     * A response's submission day: the council's local day at today's UTC offset (a day either side of a clock
     * change may shift by an hour); numeric offsets need no time-zone tables in the database.
     */
    private static String localDay() {
        String offset = ZoneId.systemDefault().getRules().getOffset(java.time.Instant.now()).getId().replace("Z", "+00:00");
        return "DATE(CONVERT_TZ(r.submitted_at, '+00:00', '" + offset + "'))";
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH - 1) + "…" : text;
    }
}
