package org.tellus.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The one row of {@code privacy_notice}; none until an administrator first saves the council's own text. */
@Repository
class PrivacyNoticeStore {

    private final JdbcClient jdbc;

    PrivacyNoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PrivacyNotice> find() {
        return jdbc.sql("SELECT body, updated_at FROM privacy_notice WHERE id = 1")
                .query((rs, n) -> new PrivacyNotice(rs.getString(1), rs.getTimestamp(2).toInstant())).optional();
    }

    void save(String text, Long userId, Instant at) {
        jdbc.sql("INSERT INTO privacy_notice (id, body, updated_by, updated_at) VALUES (1, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE body = VALUES(body), updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)")
                .params(text, userId, Timestamp.from(at)).update();
    }
}
