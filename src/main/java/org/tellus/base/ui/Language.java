package org.tellus.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the UI speaks: each has a bundle {@code vaadin-i18n/translations_<tag>.properties} (English is the
 * default bundle). A draft is a machine-made first translation that no native speaker has reviewed yet; the
 * language selector says so (decision 030).
 *
 * @param locale        the locale pages and emails in the language are written in
 * @param draft         whether the translation still needs a native speaker's review
 * @param rightToLeft   whether the script runs right to left, so the whole page mirrors
 */
public record Language(Locale locale, boolean draft, boolean rightToLeft) {

    /** British English: the councils write "23 November 2026", and a date picker in plain English would not. */
    public static final Language ENGLISH = new Language(Locale.UK, false, false);
    public static final Language WELSH = new Language(Locale.forLanguageTag("cy"), true, false);
    public static final Language URDU = new Language(Locale.forLanguageTag("ur"), true, true);

    /** In the order the selector lists them; the first is the default for a browser asking for none of them. */
    public static final List<Language> ALL = List.of(ENGLISH, WELSH, URDU);

    public String tag() {
        return locale.toLanguageTag();
    }

    /** The language's name in itself ("Cymraeg", "اردو"), so a reader finds their own language whatever the page's. */
    public String nativeName() {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? tag() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The supported language of a locale (by its language, ignoring the country), if any. */
    public static Optional<Language> of(Locale locale) {
        return locale == null ? Optional.empty()
                : ALL.stream().filter(l -> l.locale.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    /** The supported language of a stored tag such as "cy", if any. */
    public static Optional<Language> ofTag(String tag) {
        return tag == null || tag.isBlank() ? Optional.empty() : of(Locale.forLanguageTag(tag.strip()));
    }
}
