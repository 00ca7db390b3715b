package org.tellus.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Once a day, writes ONE email per person listing their unread notifications that arrived since their last digest,
 * into the mail outbox. The outbox's unique key (person, digest day) makes it exactly once per person and day, even
 * when two app instances or a rerun write at the same time: the second insert fails and is skipped.
 */
@Component
class DigestWriter {

    private static final Logger LOG = LoggerFactory.getLogger(DigestWriter.class);
    /** A digest lists this many notifications at most, then says how many more are waiting. */
    static final int MAX_LISTED = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final AccountService accounts;
    private final MailTexts texts;
    private final Clock clock;
    private final ZoneId zone;
    private final String publicUrl;

    DigestWriter(JdbcClient jdbc, PlatformTransactionManager transactionManager, AccountService accounts,
                 MailTexts texts, Clock clock, @Value("${tellus.digest.zone:Europe/London}") String zone,
                 @Value("${tellus.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.accounts = accounts;
        this.texts = texts;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    @Scheduled(cron = "${tellus.digest.cron:0 0 7 * * *}", zone = "${tellus.digest.zone:Europe/London}")
    void writeDailyDigests() {
        int written = writeDigests(LocalDate.ofInstant(clock.instant(), zone));
        LOG.info("Daily digest: {} emails written to the outbox", written);
    }

    /** Writes the digests for that day; returns how many this call wrote (not those already there). */
    int writeDigests(LocalDate day) {
        Instant now = clock.instant();
        List<Long> recipients = jdbc.sql("""
                SELECT DISTINCT n.recipient_id FROM notification n
                LEFT JOIN notification_setting s ON s.user_id = n.recipient_id
                WHERE n.read_at IS NULL AND n.created_at <= ? AND COALESCE(s.digest_enabled, TRUE)
                  AND n.created_at > COALESCE((SELECT MAX(o.covers_until) FROM mail_outbox o
                                               WHERE o.recipient_id = n.recipient_id), TIMESTAMP('1970-01-02'))
                  AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.recipient_id = n.recipient_id AND o.digest_day = ?)
                """).params(utc(now), Date.valueOf(day)).query(Long.class).list();
        if (recipients.isEmpty()) {
            return 0;
        }
        List<UserSummary> users = SystemTask.runAs(Roles.ADMIN, () -> accounts.usersById(recipients));
        int written = 0;
        for (UserSummary user : users) {
            try {
                Boolean wrote = ownTransaction.execute(status -> write(user, day, now));
                written += Boolean.TRUE.equals(wrote) ? 1 : 0;
            } catch (DuplicateKeyException alreadyWritten) {
                // Another instance (or an earlier run) wrote this person's digest for the day: nothing to do.
            }
        }
        return written;
    }

    private boolean write(UserSummary user, LocalDate day, Instant now) {
        LocalDateTime since = jdbc.sql("""
                SELECT COALESCE(MAX(covers_until), TIMESTAMP('1970-01-02')) FROM mail_outbox WHERE recipient_id = ?""")
                .params(user.id()).query(LocalDateTime.class).single();
        List<DigestLine> lines = jdbc.sql("""
                SELECT message_key, params, link, created_at FROM notification
                WHERE recipient_id = ? AND read_at IS NULL AND created_at > ? AND created_at <= ?
                ORDER BY created_at DESC, id DESC""")
                .params(user.id(), since, utc(now))
                .query((rs, i) -> new DigestLine(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC))).list();
        if (lines.isEmpty()) {
            return false;
        }
        Locale locale = MailTexts.locale(user.language());
        jdbc.sql("""
                INSERT INTO mail_outbox (recipient_id, digest_day, covers_until, to_address, subject, body)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(user.id(), Date.valueOf(day), utc(now), user.email(), texts.text(locale, "digest.subject", lines.size()),
                        body(user, lines, locale))
                .update();
        return true;
    }

    /** UTC wall-clock time, as Hibernate stores instants here (hibernate.jdbc.time_zone=UTC). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private String body(UserSummary user, List<DigestLine> lines, Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).withZone(zone);
        StringBuilder body = new StringBuilder()
                .append(texts.text(locale, "digest.greeting", user.displayName())).append("\n\n")
                .append(texts.text(locale, "digest.intro")).append("\n\n");
        lines.stream().limit(MAX_LISTED).forEach(line -> body
                .append("- ").append(texts.text(locale, line.messageKey(), line.params())).append(" (")
                .append(when.format(line.createdAt())).append(")\n  ").append(publicUrl).append(line.link()).append("\n\n"));
        if (lines.size() > MAX_LISTED) {
            body.append(texts.text(locale, "digest.more", lines.size() - MAX_LISTED)).append("\n\n");
        }
        return body.append(texts.text(locale, "digest.footer", publicUrl + "notifications")).append('\n').toString();
    }

    private record DigestLine(String messageKey, Object[] params, String link, Instant createdAt) {

        DigestLine(String messageKey, String params, String link, Instant createdAt) {
            this(messageKey, params == null || params.isEmpty() ? new Object[0]
                    : params.split(Notification.SEPARATOR, -1), link, createdAt);
        }
    }
}
