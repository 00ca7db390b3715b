package org.tellus.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "notification")
class Notification {

    /** Parameters are short texts (names, titles, reasons) kept in one column, split by the ASCII unit separator. */
    static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long recipientId;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    private String messageKey;
    private String params;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {
    }

    long recipientId() {
        return recipientId;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    String link() {
        return link;
    }

    static String joinParams(List<String> params) {
        return String.join(SEPARATOR, params.stream().map(p -> p == null ? "" : p.replace(SEPARATOR, " ")).toList());
    }

    NotificationDetails details() {
        List<String> values = params == null || params.isEmpty() ? List.of() : Arrays.asList(params.split(SEPARATOR, -1));
        return new NotificationDetails(id, kind, messageKey, values, link, createdAt, readAt != null);
    }
}
