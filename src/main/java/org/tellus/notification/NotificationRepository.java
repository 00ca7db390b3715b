package org.tellus.notification;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable page);

    long countByRecipientId(long recipientId);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant at);
}
