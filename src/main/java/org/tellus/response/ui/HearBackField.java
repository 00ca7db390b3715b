package org.tellus.response.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import org.tellus.response.HearBack;

/**
 * "Tell me the results" on the answer form. A signed-in resident only ticks it (they are told in the app and by
 * the digest); an anonymous one also gives an email address, which the field says is kept only for this.
 */
class HearBackField extends Div {

    private final Checkbox wanted = new Checkbox();
    private final EmailField email = new EmailField();
    private final boolean signedIn;

    HearBackField(boolean signedIn) {
        this.signedIn = signedIn;
        addClassName("tellus-hear-back");
        wanted.setLabel(getTranslation("answer.hear-back"));
        wanted.setId("hear-back");
        add(wanted);
        if (signedIn) {
            wanted.setHelperText(getTranslation("answer.hear-back.signed-in"));
            return;
        }
        email.setLabel(getTranslation("answer.hear-back.email"));
        email.setHelperText(getTranslation("answer.hear-back.email-help"));
        email.setErrorMessage(getTranslation("response.hear-back.email-invalid"));
        email.setId("hear-back-email");
        email.setVisible(false);
        email.setWidthFull();
        email.setMaxLength(320);
        wanted.addValueChangeListener(e -> {
            email.setVisible(e.getValue());
            email.setRequiredIndicatorVisible(e.getValue());
        });
        add(email);
    }

    /**
     * The tick as the service takes it, or null when not ticked; marks the email field and moves focus to it
     * when an anonymous resident's address cannot be right (the service checks again).
     */
    HearBack value() {
        if (!wanted.getValue()) {
            return null;
        }
        String language = getLocale() == null ? null : getLocale().toLanguageTag();
        return new HearBack(signedIn ? null : email.getValue(), language);
    }

    /** False (and the field marked, with focus) when a needed address is missing or malformed. */
    boolean check() {
        boolean fine = signedIn || !wanted.getValue() || HearBack.plausible(email.getValue());
        email.setInvalid(!fine);
        if (!fine) {
            email.focus();
        }
        return fine;
    }
}
