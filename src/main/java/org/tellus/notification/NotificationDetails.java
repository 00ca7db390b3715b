package org.tellus.notification;

import java.time.Instant;
import java.util.List;

/**
 * One notification as its recipient sees it: {@code messageKey} and {@code params} are translated when shown,
 * {@code link} is a route inside the app (no leading slash).
 */
public record NotificationDetails(long id, NotificationKind kind, String messageKey, List<String> params, String link,
                                  Instant createdAt, boolean read) {

    public Object[] paramArray() {
        return params.toArray();
    }
}
