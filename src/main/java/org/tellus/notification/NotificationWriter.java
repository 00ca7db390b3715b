package org.tellus.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * Stores notifications for many recipients in one batch and in a transaction of its own, so that a failure here
 * never undoes the change that caused it (that one has already committed).
 */
@Component
class NotificationWriter {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    NotificationWriter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    void write(Collection<Long> recipientIds, NotificationKind kind, String messageKey, String link, List<String> params) {
        if (recipientIds.isEmpty()) {
            return;
        }
        // UTC wall-clock time, as Hibernate stores instants here (hibernate.jdbc.time_zone=UTC).
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String joined = Notification.joinParams(params);
        List<Object[]> rows = recipientIds.stream().distinct()
                .map(id -> new Object[]{id, kind.name(), messageKey, joined, link, now}).toList();
        ownTransaction.executeWithoutResult(status -> jdbc.batchUpdate("""
                INSERT INTO notification (recipient_id, kind, message_key, params, link, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", rows));
    }
}
