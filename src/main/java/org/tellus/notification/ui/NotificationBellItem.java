package org.tellus.notification.ui;

import com.vaadin.flow.component.Component;
import org.tellus.base.ui.SignedInHeaderItem;
import org.tellus.notification.NotificationService;

/** Puts the notification bell into the page header of every signed-in user. */
@org.springframework.stereotype.Component
class NotificationBellItem implements SignedInHeaderItem {

    private final NotificationService notifications;

    NotificationBellItem(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications);
    }
}
