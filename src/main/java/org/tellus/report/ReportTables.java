package org.tellus.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The report's tables (decision 016): drafts, frozen versions and "we did" entries, through SQL (decision 017). */
@Repository
class ReportTables {

    private final JdbcClient jdbc;

    ReportTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReportShaping> draft(long consultationId) {
        return jdbc.sql("SELECT shaping FROM report_draft WHERE consultation_id = ?").params(consultationId)
                .query(String.class).optional().map(json -> ReportJson.read(json, ReportShaping.class));
    }

    void saveDraft(long consultationId, ReportShaping shaping, Long userId, Instant now) {
        jdbc.sql("""
                INSERT INTO report_draft (consultation_id, shaping, updated_by, updated_at) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE shaping = VALUES(shaping), updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)""")
                .params(consultationId, ReportJson.write(shaping), userId, Timestamp.from(now)).update();
    }

    /** Stores the next version; the unique key refuses a second publication racing for the same number. */
    int publish(ReportContent content, Long userId, Instant now) {
        int next = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM report_version WHERE consultation_id = ?")
                .params(content.consultationId()).query(Integer.class).single();
        jdbc.sql("INSERT INTO report_version (consultation_id, version, content, published_by, published_at) VALUES (?, ?, ?, ?, ?)")
                .params(content.consultationId(), next, ReportJson.write(content), userId, Timestamp.from(now)).update();
        return next;
    }

    Optional<PublishedReport> latest(long consultationId) {
        return versions(consultationId, 1).stream().findFirst();
    }

    /** Newest first. */
    List<PublishedReport> versions(long consultationId, int limit) {
        return jdbc.sql("SELECT version, published_at, content FROM report_version WHERE consultation_id = ? ORDER BY version DESC LIMIT ?")
                .params(consultationId, limit)
                .query((rs, n) -> new PublishedReport(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        ReportJson.read(rs.getString(3), ReportContent.class))).list();
    }

    void saveWeDid(long consultationId, WeDid entry) {
        jdbc.sql("""
                INSERT INTO report_we_did (consultation_id, priority_id, text, status, action_date, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE text = VALUES(text), status = VALUES(status), action_date = VALUES(action_date),
                    updated_at = VALUES(updated_at)""")
                .params(consultationId, entry.priorityId(), entry.text(), entry.status().name(), entry.date(),
                        Timestamp.from(entry.updatedAt())).update();
    }

    List<WeDid> weDid(long consultationId) {
        return jdbc.sql("SELECT priority_id, text, status, action_date, updated_at FROM report_we_did WHERE consultation_id = ? ORDER BY priority_id")
                .params(consultationId)
                .query((rs, n) -> new WeDid(rs.getString(1), rs.getString(2), WeDidStatus.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getTimestamp(5).toInstant())).list();
    }
}
