package org.tellus.report;

import org.tellus.insight.CellCount;

/**
 * A number of respondents as a report may print it: the count and its share, or neither (fewer than
 * {@link CellCount#MINIMUM_RESPONDENTS}, or hidden to protect a smaller cell). The check is in the constructor, so
 * a report model, its stored snapshot, and every page, PDF and DOCX made from it cannot carry a small count.
 *
 * @param respondents null when suppressed
 * @param share of the figure's base, null when suppressed or when the base is
 */
public record Figure(Long respondents, Double share) {

    public Figure {
        if (respondents != null && respondents < CellCount.MINIMUM_RESPONDENTS) {
            throw new IllegalArgumentException("a figure under " + CellCount.MINIMUM_RESPONDENTS + " must be suppressed");
        }
        if (respondents == null && share != null) {
            throw new IllegalArgumentException("a suppressed figure has no share either");
        }
    }

    static Figure of(CellCount cell) {
        return new Figure(cell.suppressed() ? null : cell.count().getAsLong(), null);
    }

    /** The cell and its share of the base, the share only when both are shown. */
    static Figure of(CellCount cell, CellCount base) {
        if (cell.suppressed()) {
            return new Figure(null, null);
        }
        long n = cell.count().getAsLong();
        return new Figure(n, base.suppressed() ? null : (double) n / base.count().getAsLong());
    }

    public boolean suppressed() {
        return respondents == null;
    }
}
