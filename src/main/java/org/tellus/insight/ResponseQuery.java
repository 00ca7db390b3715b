package org.tellus.insight;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause shared by every insight query: the submitted responses ({@code r}) in scope that pass the
 * filter, and, for queries that join a free-text answer ({@code a}), the question the filter picks. Conditions
 * only ever narrow by indexed columns (consultation, status, submitted time) or by keys, so each aggregate stays
 * one GROUP BY the database can answer from its indexes.
 */
final class ResponseQuery {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    private ResponseQuery() {
    }

    /** Responses in scope passing the filter's response conditions (dates, area, channel, theme). */
    static ResponseQuery responses(InsightScope scope, InsightFilter filter) {
        ResponseQuery q = new ResponseQuery();
        q.sql.append(" r.status = 'SUBMITTED'");
        if (!scope.all()) {
            q.sql.append(" AND r.consultation_id IN (")
                    .append(String.join(",", scope.consultationIds().stream().map(id -> "?").toList())).append(')');
            q.args.addAll(scope.consultationIds().stream().sorted().toList());
        }
        if (filter.from() != null) {
            q.and("r.submitted_at >= ?", startOf(filter.from()));
        }
        if (filter.to() != null) {
            q.and("r.submitted_at < ?", startOf(filter.to().plusDays(1)));
        }
        if (filter.areaId() != null) {
            q.and("r.area_id = ?", filter.areaId());
        }
        if (filter.channel() != null) {
            q.and("r.channel = ?", filter.channel().name());
        }
        if (filter.language() != null) {
            q.and("r.language = ?", filter.language());
        }
        if (filter.themeId() != null) {
            q.sql.append(" AND EXISTS (SELECT 1 FROM answer fa JOIN final_answer_theme fft ON fft.answer_id = fa.id")
                    .append(" WHERE fa.response_id = r.id AND fft.theme_id = ?");
            q.args.add(filter.themeId());
            if (filter.questionId() != null) {
                q.sql.append(" AND fa.question_id = ?");
                q.args.add(filter.questionId());
            }
            q.sql.append(')');
        }
        return q;
    }

    /** As {@link #responses}, and the joined answer {@code a} is of the filter's question (if it names one). */
    static ResponseQuery answers(InsightScope scope, InsightFilter filter) {
        ResponseQuery q = responses(scope, filter);
        if (filter.questionId() != null) {
            q.and("a.question_id = ?", filter.questionId());
        }
        return q;
    }

    ResponseQuery and(String condition, Object... values) {
        sql.append(" AND ").append(condition);
        args.addAll(List.of(values));
        return this;
    }

    String sql() {
        return sql.toString();
    }

    Object[] args() {
        return args.toArray();
    }

    /** The arguments followed by more, for a query that adds placeholders after the WHERE clause. */
    Object[] argsAnd(Object... more) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray();
    }

    /** Local midnight as the UTC wall-clock time the database holds (hibernate.jdbc.time_zone=UTC). */
    static Timestamp startOf(LocalDate day) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(day.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneOffset.UTC));
    }
}
