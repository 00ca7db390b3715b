package org.tellus.insight;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Each theme's number of responses (with at least one free-text answer carrying it) and its share of the
 * responses with any tagged free-text answer. Shares of suppressed counts are withheld too: share times the
 * base would give the count back.
 */
public record ThemeCounts(CellCount taggedResponses, List<ThemeCount> themes) {

    public record ThemeCount(String themeId, String themeName, CellCount responses, OptionalDouble share) {
    }
}
