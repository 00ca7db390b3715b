package org.tellus.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** {@code retention_rule}: one row per consultation that has a rule. */
@Repository
class RetentionStore {

    record Row(long consultationId, int months, Instant appliedAt) {
    }

    private final JdbcClient jdbc;

    RetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> all() {
        return jdbc.sql("SELECT consultation_id, months, applied_at FROM retention_rule ORDER BY consultation_id")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant())).list();
    }

    void save(long consultationId, int months, Long userId, Instant at) {
        jdbc.sql("INSERT INTO retention_rule (consultation_id, months, set_by, set_at) VALUES (?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE months = VALUES(months), set_by = VALUES(set_by), set_at = VALUES(set_at)")
                .params(consultationId, months, userId, Timestamp.from(at)).update();
    }

    boolean remove(long consultationId) {
        return jdbc.sql("DELETE FROM retention_rule WHERE consultation_id = ?").params(consultationId).update() > 0;
    }

    void markApplied(long consultationId, Instant at) {
        jdbc.sql("UPDATE retention_rule SET applied_at = ? WHERE consultation_id = ?")
                .params(Timestamp.from(at), consultationId).update();
    }
}
