package org.tellus.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.tellus.base.TranslatableException;

import java.util.function.Consumer;

/**
 * Asks for a short text before an action: a message with a request or a decision, or the reason for a removal.
 * A refusal from the service is shown on the field and keeps the dialog open.
 */
public class MessageDialog extends Dialog {

    public MessageDialog(String title, String fieldLabel, String helper, String confirmText, boolean danger,
                  Consumer<String> action) {
        setHeaderTitle(title);
        TextArea text = new TextArea(fieldLabel);
        text.setHelperText(helper);
        text.setMaxLength(1000);
        text.setWidth("min(32rem, 80vw)");
        add(text);
        Button confirm = new Button(confirmText, e -> {
            try {
                action.accept(text.getValue());
                close();
            } catch (TranslatableException refused) {
                text.setErrorMessage(getTranslation(refused.key(), refused.params()));
                text.setInvalid(true);
            }
        });
        confirm.addThemeVariants(danger ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
