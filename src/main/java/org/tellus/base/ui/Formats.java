package org.tellus.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as the user's locale writes them. */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(regional(locale)).format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(regional(locale)).withZone(ZoneId.systemDefault()).format(instant);
    }

    /**
     * Plain "English" (the bundle's language, no country) would format dates the American way; the councils we
     * serve write "23 November 2026", so English without a country is taken as British English.
     */
    static Locale regional(Locale locale) {
        return locale.getLanguage().equals("en") && locale.getCountry().isEmpty() ? Locale.UK : locale;
    }
}
