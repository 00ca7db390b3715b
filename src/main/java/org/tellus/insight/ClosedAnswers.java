package org.tellus.insight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.base.security.Roles;
import org.tellus.plan.AreaSummary;
import org.tellus.plan.PlanService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Closed answers counted by area (GROUP BY in the database), for the open-data export. */
@Service
@Transactional(readOnly = true)
public class ClosedAnswers {

    private final JdbcClient jdbc;
    private final PlanService plan;

    ClosedAnswers(JdbcClient jdbc, PlanService plan) {
        this.jdbc = jdbc;
        this.plan = plan;
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public ClosedAnswersByArea byArea(InsightScope scope, InsightFilter filter) {
        ResponseQuery where = ResponseQuery.responses(scope, filter.withQuestion(null));
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT CONCAT('o', ch.option_id), r.area_id, COUNT(DISTINCT r.id) FROM response r
                JOIN answer a ON a.response_id = r.id
                JOIN answer_choice ch ON ch.answer_id = a.id
                JOIN question q ON q.id = a.question_id
                WHERE r.area_id IS NOT NULL AND (q.type <> 'RANKING' OR ch.position = 1) AND """ + where.sql() + """
                 GROUP BY ch.option_id, r.area_id
                UNION ALL
                SELECT CONCAT('q', a.question_id, '=', a.number_value), r.area_id, COUNT(DISTINCT r.id) FROM response r
                JOIN answer a ON a.response_id = r.id
                WHERE r.area_id IS NOT NULL AND a.number_value IS NOT NULL AND """ + where.sql() + """
                 GROUP BY a.question_id, a.number_value, r.area_id""").params(where.argsAnd(where.args())).query(rs -> {
                    counts.put(rs.getString(1) + "\n" + rs.getString(2), rs.getLong(3));
                });

        ResponseQuery questionsWhere = ResponseQuery.responses(scope, new InsightFilter(filter.from(), filter.to(), null, null, null));
        List<AreaSummary> areas = plan.areas();
        List<ClosedAnswersByArea.Row> rows = new ArrayList<>();
        // Every option and rating of the closed questions of consultations with responses in scope, chosen or not.
        String consultations = " AND q.consultation_id IN (SELECT r.consultation_id FROM response r WHERE "
                + questionsWhere.sql() + ")";
        jdbc.sql("""
                SELECT c.title, q.prompt, q.type, o.label, CONCAT('o', o.id), q.id, q.scale_min, q.scale_max
                FROM question q JOIN consultation c ON c.id = q.consultation_id
                LEFT JOIN question_option o ON o.question_id = q.id
                WHERE q.type IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RANKING', 'RATING')""" + consultations + """
                 ORDER BY c.id, q.position, o.position""").params(questionsWhere.args()).query(rs -> {
                    if ("RATING".equals(rs.getString(3))) {
                        for (int value = rs.getInt(7); value <= rs.getInt(8); value++) {
                            rows.add(row(rs.getString(1), rs.getString(2), String.valueOf(value),
                                    "q" + rs.getLong(6) + "=" + value, areas, counts));
                        }
                    } else if (rs.getString(5) != null) {
                        rows.add(row(rs.getString(1), rs.getString(2), rs.getString(4), rs.getString(5), areas, counts));
                    }
                });
        return new ClosedAnswersByArea(areas, rows);
    }

    private static ClosedAnswersByArea.Row row(String consultation, String question, String answer, String key,
                                               List<AreaSummary> areas, Map<String, Long> counts) {
        long[] line = areas.stream().mapToLong(a -> counts.getOrDefault(key + "\n" + a.id(), 0L)).toArray();
        return new ClosedAnswersByArea.Row(consultation, question, answer, CellCount.line(line));
    }
}
