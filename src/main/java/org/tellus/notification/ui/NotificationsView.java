package org.tellus.notification.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.tellus.base.TranslatableException;
import org.tellus.base.ui.Formats;
import org.tellus.base.ui.Messages;
import org.tellus.notification.NotificationDetails;
import org.tellus.notification.NotificationService;

/**
 * The signed-in person's notifications, newest first and loaded a page at a time: open one (it is then read),
 * mark one or all read, and choose whether to get the daily email digest.
 */
@Route(NotificationsView.ROUTE)
@PermitAll
public class NotificationsView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "notifications";

    private final transient NotificationService notifications;
    private final Grid<NotificationDetails> grid = new Grid<>();

    public NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("tellus-page");
        add(new H1(getTranslation("notifications.title")));
        Checkbox digest = new Checkbox(getTranslation("notifications.digest"), notifications.digestEnabled());
        digest.setHelperText(getTranslation("notifications.digest-help"));
        digest.addValueChangeListener(e -> {
            notifications.setDigestEnabled(e.getValue());
            Messages.success(this, e.getValue() ? "notifications.digest-on" : "notifications.digest-off");
        });
        Button markAll = new Button(getTranslation("notifications.mark-all"), e -> {
            int marked = notifications.markAllRead();
            Messages.success(this, "notifications.marked-all", marked);
            changed();
        });
        add(digest, markAll);
        if (notifications.countMyNotifications() == 0) {
            add(new Paragraph(getTranslation("notifications.none")));
            markAll.setEnabled(false);
            return;
        }
        grid.setAriaLabel(getTranslation("notifications.title"));
        grid.setAllRowsVisible(false);
        grid.addComponentColumn(this::message).setHeader(getTranslation("notifications.message")).setFlexGrow(3);
        grid.addColumn(n -> Formats.dateTime(n.createdAt(), getLocale())).setHeader(getTranslation("notifications.when"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("notifications.actions")).setAutoWidth(true);
        grid.setItems(query -> notifications.myNotifications(query.getOffset(), query.getLimit()).stream(),
                query -> (int) notifications.countMyNotifications());
        add(grid);
    }

    private Span message(NotificationDetails n) {
        String text = getTranslation(n.messageKey(), n.paramArray());
        // "Unread" is spelled out, not only shown in bold, so it does not rest on looks alone.
        Span span = new Span(n.read() ? text : getTranslation("notifications.unread", text));
        span.addClassName("tellus-notification-message");
        if (!n.read()) {
            span.addClassName("tellus-unread");
        }
        return span;
    }

    private HorizontalLayout actions(NotificationDetails n) {
        String text = getTranslation(n.messageKey(), n.paramArray());
        Button open = new Button(getTranslation("notifications.open"), e -> follow(n));
        open.setAriaLabel(getTranslation("notifications.open-named", text));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(open);
        if (!n.read()) {
            Button read = new Button(getTranslation("notifications.mark-read"), e -> {
                markRead(n);
                changed();
            });
            read.setAriaLabel(getTranslation("notifications.mark-read-named", text));
            read.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(read);
        }
        return actions;
    }

    private void follow(NotificationDetails n) {
        NotificationDetails read = markRead(n);
        if (read != null) {
            getUI().ifPresent(ui -> ui.navigate(read.link()));
        }
    }

    private NotificationDetails markRead(NotificationDetails n) {
        try {
            return notifications.markRead(n.id());
        } catch (TranslatableException refused) {
            Messages.error(this, refused);
            return null;
        }
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new UnreadCountChanged(ui)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " | " + getTranslation("app.name");
    }
}
