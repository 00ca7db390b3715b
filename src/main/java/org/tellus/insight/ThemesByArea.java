package org.tellus.insight;

import org.tellus.plan.AreaSummary;

import java.util.List;

/** The cross-table of themes (rows) by area (columns); every cell under the threshold is suppressed. */
public record ThemesByArea(List<AreaSummary> areas, List<Row> rows) {

    /** One theme's cells, in the order of {@link #areas()}. */
    public record Row(String themeId, String themeName, List<CellCount> cells) {
    }
}
