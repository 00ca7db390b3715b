package org.tellus.notification;

import org.springframework.stereotype.Component;
import org.tellus.base.ui.Language;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The app's translations for text written outside a page (emails), read from the same bundles the pages use, in the
 * language the recipient chose on their account (English when they chose none).
 */
@Component
class MailTexts {

    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The locale an email to someone with this stored language tag (or null) is written in. */
    static Locale locale(String languageTag) {
        return Language.ofTag(languageTag).orElse(Language.ENGLISH).locale();
    }

    String text(Locale locale, String key, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations",
                Language.of(locale).orElse(Language.ENGLISH).locale(), NO_SERVER_LOCALE);
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return new MessageFormat(pattern, locale).format(params);
    }
}
