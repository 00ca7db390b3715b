package org.tellus.notification;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.account.AccountService;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;

import java.time.Clock;
import java.util.List;

/**
 * A signed-in person's notifications and their notification settings. Everyone reads and marks only their own:
 * someone else's notification is "not found", exactly like one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private final NotificationRepository notifications;
    private final AccountService accounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, AccountService accounts, JdbcClient jdbc, Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    public long unreadCount() {
        return accounts.currentUserId().map(notifications::countByRecipientIdAndReadAtIsNull).orElse(0L);
    }

    /** The caller's notifications, newest first, one page at a time. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<NotificationDetails> myNotifications(int offset, int limit) {
        int size = Math.max(1, limit);
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(me(), PageRequest.of(offset / size, size))
                .stream().map(Notification::details).toList();
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    public long countMyNotifications() {
        return notifications.countByRecipientId(me());
    }

    /** Marks one of the caller's notifications read and returns it, e.g. to follow its link. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public NotificationDetails markRead(long notificationId) {
        long me = me();
        Notification notification = notifications.findById(notificationId).filter(n -> n.recipientId() == me)
                .orElseThrow(() -> new TranslatableException("notification.not-found"));
        notification.markRead(clock.instant());
        return notification.details();
    }

    /** Marks all the caller's notifications read; returns how many were unread. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(me(), clock.instant());
    }

    /** Whether the caller gets the daily email digest of unread notifications (on unless they turned it off). */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public boolean digestEnabled() {
        return jdbc.sql("SELECT digest_enabled FROM notification_setting WHERE user_id = ?")
                .params(me()).query(rs -> rs.next() ? rs.getBoolean(1) : true);
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void setDigestEnabled(boolean enabled) {
        jdbc.sql("""
                INSERT INTO notification_setting (user_id, digest_enabled) VALUES (?, ?)
                ON DUPLICATE KEY UPDATE digest_enabled = VALUES(digest_enabled)""").params(me(), enabled).update();
    }

    private long me() {
        return accounts.currentUserId().orElseThrow(() -> new TranslatableException("notification.no-account"));
    }
}
