package org.tellus.response;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The "tell me the results" ticks (table {@code response_hear_back}, decision 034), through SQL (decision 017). */
@Repository
class HearBackTable {

    private final JdbcClient jdbc;

    HearBackTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long responseId, long consultationId, Long userId, String email, String language, Instant now) {
        jdbc.sql("""
                INSERT INTO response_hear_back (response_id, consultation_id, user_id, email, language, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(responseId, consultationId, userId, userId == null ? email : null, language, Timestamp.from(now))
                .update();
    }

    /** Each account once, each email address once (someone may have answered twice). */
    List<HearBackRecipient> recipients(long consultationId) {
        return jdbc.sql("""
                SELECT user_id, NULL, NULL FROM response_hear_back WHERE consultation_id = ? AND user_id IS NOT NULL
                GROUP BY user_id
                UNION ALL
                SELECT NULL, email, MIN(language) FROM response_hear_back WHERE consultation_id = ? AND email IS NOT NULL
                GROUP BY email""")
                .params(consultationId, consultationId)
                .query((rs, n) -> new HearBackRecipient(rs.getObject(1, Long.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Starts the grace period of those not yet sent anything; returns how many. */
    int markSent(long consultationId, Instant now) {
        return jdbc.sql("UPDATE response_hear_back SET results_sent_at = ? WHERE consultation_id = ? AND results_sent_at IS NULL")
                .params(Timestamp.from(now), consultationId).update();
    }

    /** Forgets the email addresses first sent results before this; returns how many rows went. */
    int forgetEmailsSentBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM response_hear_back WHERE email IS NOT NULL AND results_sent_at < ?")
                .params(Timestamp.from(cutoff)).update();
    }
}
