package org.tellus.insight.summary;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Recounts a batch of responses: reads what each counts now (from the same final tags as every live insight
 * query), subtracts what it counted before, adds the difference to the cells and records the new state.
 */
final class Recount {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    Recount(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** Recounts these responses (sorted ids); returns how many. */
    int responses(List<Long> ids) {
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        Map<Long, CountedResponse> before = counted(in);
        Map<Long, CountedResponse> now = current(in);
        SummaryDelta delta = new SummaryDelta();
        before.values().forEach(c -> delta.add(c, -1));
        now.values().forEach(c -> delta.add(c, +1));
        delta.writeTo(jdbc);

        List<Long> gone = ids.stream().filter(id -> before.containsKey(id) && !now.containsKey(id)).toList();
        if (!gone.isEmpty()) {
            jdbc.sql("DELETE FROM insight_counted WHERE response_id IN ("
                    + String.join(",", gone.stream().map(String::valueOf).toList()) + ")").update();
        }
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> themeRows = new ArrayList<>();
        List<Long> changed = new ArrayList<>(gone);
        now.forEach((id, c) -> {
            if (!c.equals(before.get(id))) {
                changed.add(id);
                rows.add(new Object[] {id, c.consultationId(), c.day().toString(), c.areaId(), c.channel(),
                        c.measuresText(), c.groupsText()});
                c.measures().stream().filter(m -> m.startsWith(Measure.THEME))
                        .forEach(m -> themeRows.add(new Object[] {id, c.consultationId(), m.substring(Measure.THEME.length())}));
            }
        });
        MultiRowInsert.run(jdbc, "INSERT INTO insight_counted (response_id, consultation_id, day, area_id, channel,"
                + " measures, equality_groups) VALUES ", " ON DUPLICATE KEY UPDATE consultation_id = VALUES(consultation_id),"
                + " day = VALUES(day), area_id = VALUES(area_id), channel = VALUES(channel), measures = VALUES(measures),"
                + " equality_groups = VALUES(equality_groups)", rows);
        writeCountedThemes(changed, themeRows);
        return ids.size();
    }

    /** insight_counted_theme: the themes each changed response is now counted with, one row a theme (for the triggers). */
    private void writeCountedThemes(List<Long> changed, List<Object[]> themeRows) {
        if (changed.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM insight_counted_theme WHERE response_id IN ("
                + String.join(",", changed.stream().map(String::valueOf).toList()) + ")").update();
        MultiRowInsert.run(jdbc, "INSERT INTO insight_counted_theme (response_id, consultation_id, theme_id) VALUES ",
                "", themeRows);
    }

    private Map<Long, CountedResponse> counted(String in) {
        Map<Long, CountedResponse> counted = new HashMap<>();
        jdbc.sql("SELECT response_id, consultation_id, day, area_id, channel, measures, equality_groups"
                + " FROM insight_counted WHERE response_id IN (" + in + ")").query(rs -> {
            counted.put(rs.getLong(1), new CountedResponse(rs.getLong(2), rs.getObject(3, LocalDate.class),
                    rs.getString(4), rs.getString(5), CountedResponse.split(rs.getString(6)),
                    CountedResponse.split(rs.getString(7))));
        });
        return counted;
    }

    /** What each submitted response of the batch counts now; responses not (or no longer) submitted are absent. */
    private Map<Long, CountedResponse> current(String in) {
        Map<Long, Set<String>> themes = new HashMap<>();
        jdbc.sql("SELECT response_id, theme_id FROM final_answer_theme WHERE response_id IN (" + in + ")").query(rs -> {
                    themes.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        Set<Long> tagged = new HashSet<>(jdbc.sql("SELECT DISTINCT ra.response_id FROM response_answer ra"
                + " JOIN tagged_answer t ON t.answer_id = ra.answer_id WHERE ra.response_id IN (" + in + ")")
                .query(Long.class).list());
        Map<Long, SortedSet<String>> groups = new HashMap<>();
        jdbc.sql("SELECT response_id, item, answer FROM response_equality WHERE response_id IN (" + in + ")")
                .query(rs -> {
                    groups.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2) + "=" + rs.getString(3));
                });
        Map<String, List<String>> priorities = new HashMap<>();
        jdbc.sql("SELECT theme_id, priority_id FROM theme_priority").query(rs -> {
            priorities.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });

        Map<Long, CountedResponse> now = new HashMap<>();
        jdbc.sql("SELECT id, consultation_id, submitted_at, area_id, channel FROM response"
                + " WHERE status = 'SUBMITTED' AND submitted_at IS NOT NULL AND id IN (" + in + ")").query(rs -> {
            long id = rs.getLong(1);
            SortedSet<String> measures = new TreeSet<>();
            measures.add(Measure.SUBMITTED);
            if (tagged.contains(id)) {
                measures.add(Measure.TAGGED);
            }
            for (String theme : themes.getOrDefault(id, Set.of())) {
                measures.add(Measure.THEME + theme);
                priorities.getOrDefault(theme, List.of()).forEach(p -> measures.add(Measure.PRIORITY + p));
            }
            String area = rs.getString(4);
            now.put(id, new CountedResponse(rs.getLong(2), localDay(rs.getObject(3, LocalDateTime.class)),
                    area == null ? "" : area, rs.getString(5), measures, groups.getOrDefault(id, new TreeSet<>())));
        });
        return now;
    }

    /** The council's local day of a time the database holds as UTC wall-clock time (as ResponseQuery assumes). */
    private LocalDate localDay(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
    }
}
