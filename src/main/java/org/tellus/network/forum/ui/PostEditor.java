package org.tellus.network.forum.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.tellus.base.TranslatableException;

import java.util.function.Consumer;

/**
 * The text area residents write posts in, with the formatting they can use written under it, and its button.
 * A refusal (too long, too fast, locked) is shown on the field, and what was typed stays.
 */
class PostEditor extends Div {

    static final int MAX_LENGTH = 10_000;

    private final TextArea text;

    PostEditor(String labelKey, String buttonKey, String initial, Consumer<String> send) {
        text = new TextArea(getTranslation(labelKey));
        text.setHelperText(getTranslation("forum.format-help"));
        text.setMaxLength(MAX_LENGTH);
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setValue(initial == null ? "" : initial);
        Button button = new Button(getTranslation(buttonKey), e -> {
            try {
                send.accept(text.getValue());
                text.clear();
                text.setInvalid(false);
            } catch (TranslatableException refused) {
                showError(refused);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, button);
    }

    void showError(TranslatableException refused) {
        text.setErrorMessage(getTranslation(refused.key(), refused.params()));
        text.setInvalid(true);
    }

    TextArea field() {
        return text;
    }
}
