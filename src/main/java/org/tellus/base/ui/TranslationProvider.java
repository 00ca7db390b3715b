package org.tellus.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's translations, from {@code vaadin-i18n/translations[_<tag>].properties} (read as UTF-8). Vaadin matches
 * the browser's languages against {@link #getProvidedLocales()} when a session starts; a browser asking for none of
 * them gets English. Unlike Vaadin's default provider, a language without a bundle falls back to English, never to
 * the server's own default locale (a server set to Welsh must not answer an English browser in Welsh).
 */
@Component
public class TranslationProvider implements I18NProvider {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.ALL.stream().map(Language::locale).toList();
    }

    @Override
    public Locale getDefaultLocale() {
        return Language.ENGLISH.locale();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale bundleLocale = Language.of(locale).orElse(Language.ENGLISH).locale();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, bundleLocale, NO_SERVER_LOCALE).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key; // shows the missing key on the page; TranslationBundleTest keeps it from shipping
        }
        // Like Vaadin's own provider: a text given no arguments is shown as written, so its apostrophes stay.
        return params.length == 0 ? pattern : new MessageFormat(pattern, bundleLocale).format(params);
    }
}
