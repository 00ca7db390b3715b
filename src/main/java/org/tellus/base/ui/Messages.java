package org.tellus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.tellus.base.TranslatableException;

/** Shows a service's refusal or a success to the user, in their language. */
public final class Messages {

    private static final int DURATION_MS = 6000;

    private Messages() {
    }

    public static void error(Component context, TranslatableException e) {
        show(context.getTranslation(e.key(), e.params()), NotificationVariant.LUMO_ERROR);
    }

    public static void success(Component context, String key, Object... params) {
        show(context.getTranslation(key, params), NotificationVariant.LUMO_SUCCESS);
    }

    private static void show(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, DURATION_MS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        // Read out at once by screen readers.
        notification.getElement().setAttribute("role", "alert");
    }
}
