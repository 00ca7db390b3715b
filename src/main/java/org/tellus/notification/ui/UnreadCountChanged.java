package org.tellus.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the notifications page marks something read, so the bell in the layout recounts. */
public class UnreadCountChanged extends ComponentEvent<UI> {

    public UnreadCountChanged(UI ui) {
        super(ui, false);
    }
}
