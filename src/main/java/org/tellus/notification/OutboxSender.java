package org.tellus.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends the outbox through a real mail server when one is configured ({@code spring.mail.host}: Spring Boot then
 * provides a {@link JavaMailSender}); without one, mail simply waits in the outbox. A mail that fails to send stays
 * pending with the error and is tried again on the next round. Each mail is claimed with a row lock that other
 * instances skip, so two instances never send the same mail.
 */
@Component
class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    static final int MAX_ATTEMPTS = 20;
    static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final String from;

    OutboxSender(JdbcClient jdbc, PlatformTransactionManager transactionManager,
                 ObjectProvider<JavaMailSender> mailSender, Clock clock,
                 @Value("${tellus.mail.from:no-reply@tellus.invalid}") String from) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(initialDelayString = "${tellus.mail.send-delay-ms:60000}", fixedDelayString = "${tellus.mail.send-delay-ms:60000}")
    void sendPendingMail() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender != null) {
            sendPending(sender);
        }
    }

    /** Sends up to one batch of pending mail; returns how many were sent. */
    int sendPending(JavaMailSender sender) {
        List<Long> tried = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            Boolean result = transaction.execute(status -> sendNext(sender, tried));
            if (result == null) {
                break;
            }
            sent += result ? 1 : 0;
        }
        return sent;
    }

    /** Claims and sends the next pending mail: true when sent, false when it failed, null when none is left. */
    private Boolean sendNext(JavaMailSender sender, List<Long> tried) {
        String skipTried = tried.isEmpty() ? "" : " AND id NOT IN (" + String.join(",", tried.stream().map(String::valueOf).toList()) + ")";
        List<Pending> next = jdbc.sql("SELECT id, to_address, subject, body FROM mail_outbox WHERE sent_at IS NULL"
                        + " AND attempts < ?" + skipTried + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .params(MAX_ATTEMPTS)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        if (next.isEmpty()) {
            return null;
        }
        Pending mail = next.getFirst();
        tried.add(mail.id());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            sender.send(message);
            jdbc.sql("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
                    .params(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), mail.id()).update();
            return true;
        } catch (MailException failed) {
            LOG.warn("Mail {} not sent, will retry: {}", mail.id(), failed.getMessage());
            String error = String.valueOf(failed.getMessage());
            jdbc.sql("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?")
                    .params(error.length() > 1000 ? error.substring(0, 1000) : error, mail.id()).update();
            return false;
        }
    }

    private record Pending(long id, String to, String subject, String body) {
    }
}
