package org.tellus.insight;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.base.security.Roles;

import javax.sql.DataSource;
import java.util.function.Consumer;

/**
 * Streams the answers of the responses insight counts, one row at a time, for exports of any size: the driver
 * fetches in batches (a fetch size streams on MariaDB's driver) and nothing is collected in memory.
 */
@Service
@Transactional(readOnly = true)
public class AnswerRows {

    private static final int FETCH_SIZE = 500;

    private final JdbcClient streaming;

    AnswerRows(DataSource dataSource) {
        // A template of its own for the fetch size, so that an export streams its rows instead of holding them all.
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        streaming = JdbcClient.create(template);
    }

    /** Every answer of the matching responses (the question filter does not apply: a response is exported whole). */
    @PreAuthorize(Roles.IS_OFFICER)
    public void forEach(InsightScope scope, InsightFilter filter, Consumer<AnswerRow> sink) {
        ResponseQuery where = ResponseQuery.responses(scope, filter.withQuestion(null));
        streaming.sql("""
                SELECT c.title, r.reference, r.submitted_at, r.channel, ar.name, r.consent_to_quote, q.prompt,
                       COALESCE(a.text_value, CAST(a.number_value AS CHAR),
                           (SELECT GROUP_CONCAT(o.label ORDER BY ch.position SEPARATOR '; ') FROM answer_choice ch
                            JOIN question_option o ON o.id = ch.option_id WHERE ch.answer_id = a.id)),
                       a.other_text,
                       (SELECT GROUP_CONCAT(th.name ORDER BY th.position SEPARATOR '; ') FROM final_answer_theme ft
                        JOIN theme th ON th.id = ft.theme_id WHERE ft.answer_id = a.id),
                       (SELECT GROUP_CONCAT(th.name ORDER BY th.position SEPARATOR '; ') FROM machine_answer_theme mt
                        JOIN theme th ON th.id = mt.theme_id WHERE mt.answer_id = a.id),
                       (SELECT GROUP_CONCAT(FORMAT(mt.confidence, 3, 'en_GB') ORDER BY th.position SEPARATOR '; ')
                        FROM machine_answer_theme mt JOIN theme th ON th.id = mt.theme_id WHERE mt.answer_id = a.id)
                FROM response r
                JOIN consultation c ON c.id = r.consultation_id
                JOIN answer a ON a.response_id = r.id
                JOIN question q ON q.id = a.question_id
                LEFT JOIN area ar ON ar.id = r.area_id
                WHERE """ + where.sql() + " ORDER BY r.consultation_id, r.submitted_at, r.id, q.position")
                .params(where.args()).query(rs -> {
                    sink.accept(new AnswerRow(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
                            rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)));
                });
    }
}
