package org.tellus.insight.summary;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The net change to the summary's cells from recounting a batch of responses: minus what each response counted
 * before, plus what it counts now. Most recounts change nothing or little, so only net differences are written,
 * in key order (the order of the primary keys, which keeps concurrent writers from deadlocking).
 */
final class SummaryDelta {

    private final Map<List<Object>, Integer> cells = new TreeMap<>(SummaryDelta::compareKeys);
    private final Map<List<Object>, Integer> totals = new TreeMap<>(SummaryDelta::compareKeys);
    private final Map<List<Object>, Integer> groups = new TreeMap<>(SummaryDelta::compareKeys);
    private final Map<List<Object>, Integer> groupDays = new TreeMap<>(SummaryDelta::compareKeys);

    void add(CountedResponse counted, int sign) {
        String day = counted.day().toString();
        for (String measure : counted.measures()) {
            cells.merge(List.of(counted.consultationId(), day, measure,
                    counted.areaId(), counted.channel()), sign, Integer::sum);
            totals.merge(List.of(counted.consultationId(), measure, counted.areaId(), counted.channel()), sign, Integer::sum);
            if (CountedResponse.byGroup(measure)) {
                for (String group : counted.groups()) {
                    int split = group.indexOf('=');
                    String item = group.substring(0, split);
                    String answer = group.substring(split + 1);
                    groups.merge(List.of(counted.consultationId(), item, answer, measure, counted.areaId(), counted.channel()),
                            sign, Integer::sum);
                    groupDays.merge(List.of(counted.consultationId(), item, day, answer, measure), sign, Integer::sum);
                }
            }
        }
    }

    void writeTo(JdbcClient jdbc) {
        String add = " ON DUPLICATE KEY UPDATE responses = responses + VALUES(responses)";
        write(jdbc, cells, "INSERT INTO insight_cell (consultation_id, day, measure, area_id, channel, responses) VALUES ", add);
        write(jdbc, totals, "INSERT INTO insight_total (consultation_id, measure, area_id, channel, responses) VALUES ", add);
        write(jdbc, groups, "INSERT INTO insight_group_cell (consultation_id, item, answer, measure, area_id, channel,"
                + " responses) VALUES ", add);
        write(jdbc, groupDays, "INSERT INTO insight_group_day (consultation_id, item, day, answer, measure, responses)"
                + " VALUES ", add);
    }

    private static void write(JdbcClient jdbc, Map<List<Object>, Integer> deltas, String insert, String onDuplicate) {
        List<Object[]> rows = deltas.entrySet().stream().filter(e -> e.getValue() != 0).map(e -> {
            Object[] row = e.getKey().toArray(new Object[e.getKey().size() + 1]);
            row[row.length - 1] = e.getValue();
            return row;
        }).toList();
        MultiRowInsert.run(jdbc, insert, onDuplicate, rows);
    }

    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            int c = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
