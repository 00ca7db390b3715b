package org.tellus.insight;

import java.util.OptionalLong;

/**
 * A number of respondents that may be shown: either the count (10 or more) or only the fact that there were
 * fewer than {@link #MINIMUM_RESPONDENTS}. A suppressed cell carries no count at all, so nothing downstream
 * (a view, an export, a report) can show or leak it. See docs/decisions/005-suppression-under-10.md.
 */
public record CellCount(boolean suppressed, OptionalLong count) {

    /** The one place the small-number threshold is set. */
    public static final int MINIMUM_RESPONDENTS = 10;

    public CellCount {
        if (suppressed == count.isPresent()) {
            throw new IllegalArgumentException("a cell is either suppressed or has a count");
        }
        if (count.isPresent() && count.getAsLong() < MINIMUM_RESPONDENTS) {
            throw new IllegalArgumentException("a count under " + MINIMUM_RESPONDENTS + " must be suppressed");
        }
    }

    /** Suppresses every count under the threshold, zero included (an empty cell is as telling as a small one). */
    public static CellCount of(long respondents) {
        return respondents < MINIMUM_RESPONDENTS ? new CellCount(true, OptionalLong.empty())
                : new CellCount(false, OptionalLong.of(respondents));
    }

    /** A cell hidden whatever its size: one that would give a smaller one away by subtraction. */
    public static CellCount hidden() {
        return new CellCount(true, OptionalLong.empty());
    }

    /** A line of cells whose total is known elsewhere, with small cells and what would reveal them hidden. */
    public static java.util.List<CellCount> line(long[] respondents) {
        boolean[] hidden = SmallCells.hidden(respondents);
        return java.util.stream.IntStream.range(0, respondents.length)
                .mapToObj(i -> hidden[i] ? hidden() : of(respondents[i])).toList();
    }
}
