package org.tellus.insight;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.plan.AreaSummary;
import org.tellus.plan.PlanService;
import org.tellus.plan.PrioritySummary;
import org.tellus.plan.ThemeSummary;
import org.tellus.response.Channel;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What people said in a consultation, counted in the database (GROUP BY) so that it stays interactive at
 * millions of responses. Every count of respondents that says something about what people said passes through
 * {@link CellCount}, so a number under 10 never leaves this class (decision 005). Reads the responses' and
 * tagging's tables directly, like the tagging queue: one aggregate query beats loading entities.
 */
@Service
@Transactional(readOnly = true)
public class InsightService {

    /** Most responses a drill-down lists. */
    public static final int DRILL_DOWN_LIMIT = 200;
    private static final int EXCERPT_LENGTH = 160;

    /**
     * The final themes of each free-text answer. Today these are the machine's; when officers' decisions are
     * stored, this one fragment becomes "the officer's decision where there is one, else the machine's", and
     * every count below follows.
     */
    private static final String FINAL_TAGS = " (SELECT answer_id, theme_id FROM machine_tag) ";

    private final JdbcTemplate jdbc;
    private final PlanService plan;

    InsightService(JdbcTemplate jdbc, PlanService plan) {
        this.jdbc = jdbc;
        this.plan = plan;
    }

    /** Responses in total, per day and per channel (the theme filter does not apply to volumes). */
    @PreAuthorize(Roles.IS_OFFICER)
    public ResponseVolume volume(long consultationId, InsightFilter filter) {
        Where where = responsesMatching(consultationId, withoutTheme(filter));
        // Days are the council's local days at today's UTC offset (a day either side of a clock change may
        // shift by an hour); numeric offsets need no time-zone tables in the database.
        String offset = ZoneId.systemDefault().getRules().getOffset(java.time.Instant.now()).getId().replace("Z", "+00:00");
        List<ResponseVolume.DayCount> days = jdbc.query(
                "SELECT DATE(CONVERT_TZ(r.submitted_at, '+00:00', '" + offset + "')) AS day, COUNT(*) FROM response r WHERE "
                        + where.sql + " GROUP BY day ORDER BY day",
                (rs, n) -> new ResponseVolume.DayCount(rs.getObject(1, LocalDate.class), rs.getLong(2)), where.args());
        List<ResponseVolume.ChannelCount> channels = jdbc.query(
                "SELECT r.channel, COUNT(*) FROM response r WHERE " + where.sql + " GROUP BY r.channel ORDER BY r.channel",
                (rs, n) -> new ResponseVolume.ChannelCount(Channel.valueOf(rs.getString(1)), rs.getLong(2)), where.args());
        long total = channels.stream().mapToLong(ResponseVolume.ChannelCount::responses).sum();
        return new ResponseVolume(total, days, channels);
    }

    /**
     * Each theme's responses and share. The base of the shares is the responses with any tagged free-text
     * answer (tagged means the model has read it, whether or not it found a theme).
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public ThemeCounts themeCounts(long consultationId, InsightFilter filter) {
        Where where = responsesMatching(consultationId, filter);
        long tagged = jdbc.queryForObject("""
                SELECT COUNT(DISTINCT r.id) FROM response r
                JOIN answer a ON a.response_id = r.id
                JOIN answer_tagging t ON t.answer_id = a.id
                WHERE """ + where.sql, Long.class, where.args());
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("""
                SELECT ft.theme_id, COUNT(DISTINCT r.id) FROM response r
                JOIN answer a ON a.response_id = r.id
                JOIN """ + FINAL_TAGS + """
                 ft ON ft.answer_id = a.id
                WHERE """ + where.sql + " GROUP BY ft.theme_id",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, where.args());
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

    /** Each plan priority, the themes mapped to it and the distinct responses tagged with any of them. */
    @PreAuthorize(Roles.IS_OFFICER)
    public List<PriorityReach> priorities(long consultationId, InsightFilter filter) {
        Where where = responsesMatching(consultationId, filter);
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("""
                SELECT tp.priority_id, COUNT(DISTINCT r.id) FROM response r
                JOIN answer a ON a.response_id = r.id
                JOIN """ + FINAL_TAGS + """
                 ft ON ft.answer_id = a.id
                JOIN theme_priority tp ON tp.theme_id = ft.theme_id
                WHERE """ + where.sql + " GROUP BY tp.priority_id",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, where.args());
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

    /** Themes by the respondent's area; responses without an area are not in any column. */
    @PreAuthorize(Roles.IS_OFFICER)
    public ThemesByArea themesByArea(long consultationId, InsightFilter filter) {
        Where where = responsesMatching(consultationId, filter);
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("""
                SELECT ft.theme_id, r.area_id, COUNT(DISTINCT r.id) FROM response r
                JOIN answer a ON a.response_id = r.id
                JOIN """ + FINAL_TAGS + """
                 ft ON ft.answer_id = a.id
                WHERE r.area_id IS NOT NULL AND """ + where.sql + " GROUP BY ft.theme_id, r.area_id",
                rs -> {
                    counts.put(rs.getString(1) + "\n" + rs.getString(2), rs.getLong(3));
                }, where.args());
        List<AreaSummary> areas = plan.areas();
        List<ThemesByArea.Row> rows = new ArrayList<>();
        for (ThemeSummary theme : plan.themes()) {
            if (theme.retired() && counts.keySet().stream().noneMatch(k -> k.startsWith(theme.id() + "\n"))) {
                continue;
            }
            rows.add(new ThemesByArea.Row(theme.id(), theme.name(), areas.stream()
                    .map(area -> CellCount.of(counts.getOrDefault(theme.id() + "\n" + area.id(), 0L))).toList()));
        }
        return new ThemesByArea(areas, rows);
    }

    /**
     * The responses behind a theme's count (newest first, at most {@link #DRILL_DOWN_LIMIT}): references and the
     * start of the answer carrying the theme. Refused for a suppressed count, since listing them would count them.
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public List<ResponseExcerpt> responsesWithTheme(long consultationId, String themeId, InsightFilter filter) {
        InsightFilter withTheme = new InsightFilter(filter.from(), filter.to(), filter.areaId(), filter.channel(), themeId);
        Where where = responsesMatching(consultationId, withTheme);
        long n = jdbc.queryForObject("SELECT COUNT(*) FROM response r WHERE " + where.sql, Long.class, where.args());
        if (CellCount.of(n).suppressed()) {
            throw new TranslatableException("insight.drill-down.suppressed");
        }
        List<Object> args = new ArrayList<>(where.argList());
        args.add(themeId);
        args.add(DRILL_DOWN_LIMIT * 4);
        Map<String, String> byReference = new LinkedHashMap<>();
        jdbc.query("""
                SELECT r.reference, a.text_value FROM response r
                JOIN answer a ON a.response_id = r.id
                JOIN """ + FINAL_TAGS + """
                 ft ON ft.answer_id = a.id
                WHERE """ + where.sql + " AND ft.theme_id = ? ORDER BY r.submitted_at DESC, r.id DESC, a.id LIMIT ?",
                rs -> {
                    if (byReference.size() < DRILL_DOWN_LIMIT) {
                        byReference.putIfAbsent(rs.getString(1), excerpt(rs.getString(2)));
                    }
                }, args.toArray());
        return byReference.entrySet().stream().map(e -> new ResponseExcerpt(e.getKey(), e.getValue())).toList();
    }

    private record Where(String sql, List<Object> argList) {
        Object[] args() {
            return argList.toArray();
        }
    }

    private static Where responsesMatching(long consultationId, InsightFilter filter) {
        StringBuilder sql = new StringBuilder(" r.consultation_id = ? AND r.status = 'SUBMITTED'");
        List<Object> args = new ArrayList<>();
        args.add(consultationId);
        if (filter.from() != null) {
            sql.append(" AND r.submitted_at >= ?");
            args.add(startOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND r.submitted_at < ?");
            args.add(startOf(filter.to().plusDays(1)));
        }
        if (filter.areaId() != null) {
            sql.append(" AND r.area_id = ?");
            args.add(filter.areaId());
        }
        if (filter.channel() != null) {
            sql.append(" AND r.channel = ?");
            args.add(filter.channel().name());
        }
        if (filter.themeId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM answer fa JOIN ").append(FINAL_TAGS)
                    .append(" fft ON fft.answer_id = fa.id WHERE fa.response_id = r.id AND fft.theme_id = ?)");
            args.add(filter.themeId());
        }
        return new Where(sql.toString(), args);
    }

    /** Local midnight as the UTC wall-clock time the database holds (hibernate.jdbc.time_zone=UTC). */
    private static Timestamp startOf(LocalDate day) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(day.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneOffset.UTC));
    }

    private static InsightFilter withoutTheme(InsightFilter f) {
        return new InsightFilter(f.from(), f.to(), f.areaId(), f.channel(), null);
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH - 1) + "…" : text;
    }
}
