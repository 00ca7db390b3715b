package org.tellus.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import org.tellus.notification.NotificationService;

/**
 * "Notifications (3)" in the page header: a link to the notifications page whose text, and so its accessible
 * name, carries the unread count. Recounted on every navigation and when the notifications page marks some read.
 */
public class NotificationBell extends RouterLink implements AfterNavigationObserver {

    private final transient NotificationService notifications;
    private final Span label = new Span();
    private Registration listener;

    public NotificationBell(NotificationService notifications) {
        super("", NotificationsView.class);
        this.notifications = notifications;
        var icon = VaadinIcon.BELL.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.setSize("var(--lumo-icon-size-s)");
        add(icon, label);
        addClassName("tellus-notification-bell");
        refresh();
    }

    public void refresh() {
        label.setText(getTranslation("notifications.bell", notifications.unreadCount()));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        listener = ComponentUtil.addListener(attachEvent.getUI(), UnreadCountChanged.class, e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (listener != null) {
            listener.remove();
        }
    }
}
