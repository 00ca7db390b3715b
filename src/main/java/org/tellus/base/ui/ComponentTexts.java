package org.tellus.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Vaadin's own component texts in the page's language: a date picker's month and day names come from the locale
 * (Java's CLDR data), its buttons from the bundles. The picker formats dates in its locale by itself.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /** The picker, with its calendar in the language of its locale (the page's). */
    public static DatePicker localised(DatePicker picker) {
        Locale locale = picker.getLocale();
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(IntStream.rangeClosed(1, 12)
                        .mapToObj(m -> Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                // The web component counts weekdays from Sunday.
                .setWeekdays(weekdays(TextStyle.FULL_STANDALONE, locale))
                .setWeekdaysShort(weekdays(TextStyle.SHORT_STANDALONE, locale))
                // Weeks start on Monday in the UK, whatever the language.
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("date-picker.today"))
                .setCancel(picker.getTranslation("date-picker.cancel")));
        return picker;
    }

    private static List<String> weekdays(TextStyle style, Locale locale) {
        return IntStream.range(0, 7).mapToObj(d -> DayOfWeek.SUNDAY.plus(d).getDisplayName(style, locale)).toList();
    }
}
