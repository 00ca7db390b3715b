package org.tellus.response.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Reads the submitted times survey tools write: ISO 8601 (with or without an offset), and the day-first
 * {@code dd/MM/yyyy HH:mm[:ss]} of UK spreadsheets. Times without an offset are in the council's time zone.
 */
final class SubmittedTimes {

    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            pattern("uuuu-MM-dd HH:mm[:ss][.SSS]"),
            pattern("d/M/uuuu H:mm[:ss]"),
            pattern("uuuu/M/d H:mm[:ss]"),
            pattern("d.M.uuuu H:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, pattern("d/M/uuuu"), pattern("d.M.uuuu"));

    private final ZoneId zone;

    SubmittedTimes(ZoneId zone) {
        this.zone = zone;
    }

    /** The instant, or null when the cell is not a time this class knows. */
    Instant parse(String cell) {
        String text = cell.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notIsoWithOffset) {
            // try the local forms
        }
        for (DateTimeFormatter format : LOCAL_TIMES) {
            try {
                return LocalDateTime.parse(text, format).atZone(zone).toInstant();
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        return null;
    }

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
