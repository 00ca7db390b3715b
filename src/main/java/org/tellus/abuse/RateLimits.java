package org.tellus.abuse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.base.database.ConflictRetry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Fixed-window counters in MariaDB (decision 032): one atomic upsert raises a window's count and says whether it is
 * still within the limit, so every instance counts together and two at once cannot both take the last place.
 */
@Component
class RateLimits {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    RateLimits(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        // A count of its own, committed whatever the caller's transaction does: a refusal (an exception) rolling
        // it back must not take the try off the count, and a read-only caller (a look-up) must still count.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Counts one more and says whether it is within {@code limit} for the window {@code now} falls in. */
    boolean take(String scope, String subject, int limit, Duration window, Instant now) {
        LocalDateTime start = windowStart(now, window);
        // One transaction: the upsert locks the row, so the count read back is this call's own.
        return ConflictRetry.retry(() -> transaction.execute(status -> {
            jdbc.sql("INSERT INTO abuse_counter (scope, subject, window_start, hits) VALUES (?, ?, ?, 1) "
                            + "ON DUPLICATE KEY UPDATE hits = hits + 1")
                    .params(scope, subject, start).update();
            int hits = jdbc.sql("SELECT hits FROM abuse_counter WHERE scope = ? AND subject = ? AND window_start = ?")
                    .params(scope, subject, start).query(Integer.class).single();
            if (Math.floorMod(hits, 50) == 1) {
                // Now and then, not every time: windows long past are of no use to any limit.
                jdbc.sql("DELETE FROM abuse_counter WHERE window_start < ?").param(start.minus(window.multipliedBy(2))).update();
            }
            return hits <= limit;
        }));
    }

    private static LocalDateTime windowStart(Instant now, Duration window) {
        long size = window.toMillis();
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size), ZoneOffset.UTC);
    }
}
