package org.tellus.notification;

import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The app's translations for text written outside a page (emails), read from the same bundle the pages use.
 * Emails are in the default language: accounts do not record a preferred one yet.
 */
@Component
class MailTexts {

    private final ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    String text(String key, Object... params) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return new MessageFormat(pattern, Locale.UK).format(params);
    }
}
