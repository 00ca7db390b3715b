package org.tellus.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import org.tellus.base.TranslatableException;
import org.tellus.base.ui.Messages;

import java.util.function.Supplier;

/**
 * What every set-up page shares: a heading and an introduction, a title, and running a change that either says it
 * is done and refreshes the page or says why it was refused and keeps the form as it was.
 */
abstract class SetupPage extends Main implements HasDynamicTitle {

    private final String titleKey;

    SetupPage(String titleKey, String introKey) {
        this.titleKey = titleKey;
        addClassName("tellus-page");
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)));
    }

    /** Runs a change; on success shows {@code successKey} with the name the change returns and calls refresh. */
    <T> boolean act(Supplier<T> change, String successKey, java.util.function.Function<T, Object> name) {
        try {
            T changed = change.get();
            Messages.success(this, successKey, name.apply(changed));
            refresh();
            return true;
        } catch (TranslatableException refused) {
            Messages.error(this, refused);
            return false;
        }
    }

    void confirm(String text, String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("setup.confirm-title"), text, action, e -> onConfirm.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("setup.cancel"));
        dialog.open();
    }

    /** Shows the page's data again after a change. */
    abstract void refresh();

    static <C extends Component> C labelled(C component, String ariaLabel) {
        component.getElement().setAttribute("aria-label", ariaLabel);
        return component;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
