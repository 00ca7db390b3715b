package org.tellus.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * Each theme's responses per period (week or month of submission), every period from the first to the last with
 * a tagged response. A theme's periods add up to its count, which is shown elsewhere, so each row is suppressed as
 * a line (small cells, and what would give them away by subtraction); so is the line of tagged responses.
 *
 * @param periods the first day of each period, oldest first
 * @param taggedResponses per period, the responses with a tagged free-text answer (the base of the shares)
 */
public record ThemesOverTime(TimeStep step, List<LocalDate> periods, List<CellCount> taggedResponses, List<Row> rows) {

    public ThemesOverTime {
        periods = List.copyOf(periods);
        taggedResponses = List.copyOf(taggedResponses);
        rows = List.copyOf(rows);
    }

    /** @param cells one per period, in the order of {@code periods} */
    public record Row(String themeId, String themeName, List<CellCount> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }
}
