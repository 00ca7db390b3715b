package org.tellus.insight;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Secondary suppression for a line of cells whose total is known elsewhere (a theme's areas, whose sum is near
 * the theme's count; an equality question's groups, where "everyone else" is the total less the group). Hiding
 * the cells under {@link CellCount#MINIMUM_RESPONDENTS} is not enough when the total is shown: total minus the
 * shown cells gives back what was hidden. So, while the hidden cells add up to fewer than the threshold (zero
 * included: "nobody" is as telling as "two people"), the smallest shown cell is hidden too.
 */
public final class SmallCells {

    private SmallCells() {
    }

    /** Which of the cells must be hidden (true) so that no hidden cell, nor the sum of them, can be worked out. */
    public static boolean[] hidden(long[] cells) {
        boolean[] hidden = new boolean[cells.length];
        long hiddenSum = 0;
        boolean anyHidden = false;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] < CellCount.MINIMUM_RESPONDENTS) {
                hidden[i] = true;
                hiddenSum += cells[i];
                anyHidden = true;
            }
        }
        if (!anyHidden) {
            return hidden;
        }
        Integer[] bySize = IntStream.range(0, cells.length).boxed().toArray(Integer[]::new);
        Arrays.sort(bySize, Comparator.comparingLong(i -> cells[i]));
        for (int i : bySize) {
            if (hiddenSum >= CellCount.MINIMUM_RESPONDENTS) {
                break;
            }
            if (!hidden[i]) {
                hidden[i] = true;
                hiddenSum += cells[i];
            }
        }
        return hidden;
    }
}
