package org.tellus.insight;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The equity lens's suppression and statistics on counts small enough to check by hand. */
class GroupComparisonsTest {

    @Test
    void smallCellsAreHiddenAndSoIsTheSmallestCellThatWouldGiveThemAway() {
        assertThat(SmallCells.hidden(new long[] {25, 30, 12})).containsExactly(false, false, false);
        // 4 alone could be worked out from the total: 12, the next smallest, goes too (4 + 12 = 16).
        assertThat(SmallCells.hidden(new long[] {25, 4, 12})).containsExactly(false, true, true);
        // 3 + 2 = 5 is still under 10: hide 11 as well (16), and stop there.
        assertThat(SmallCells.hidden(new long[] {40, 3, 2, 11, 30})).containsExactly(false, true, true, true, false);
        // A zero is as telling as a small number.
        assertThat(SmallCells.hidden(new long[] {0, 15, 20})).containsExactly(true, true, false);
        // Hidden cells that already add up to 10 or more protect each other.
        assertThat(SmallCells.hidden(new long[] {6, 5, 30})).containsExactly(true, true, false);
        assertThat(SmallCells.hidden(new long[] {3, 4})).containsExactly(true, true);
    }

    /**
     * 20 of 30 against 15 of 50: pooled p = 35/80 = 0.4375, SE = sqrt(0.4375 * 0.5625 * (1/30 + 1/50)) = 0.114564,
     * z = (0.666667 - 0.3) / 0.114564 = 3.2005, p = 0.0013718. Both groups are tested (one higher, one lower),
     * so Holm doubles the smaller p-value and keeps the order: both adjusted to 0.0027435.
     */
    @Test
    void twoGroupsAreEachComparedWithTheOtherAndHolmCorrected() {
        GroupComparison result = GroupComparisons.compare("disability",
                List.of(new GroupComparisons.GroupSize("yes", null, 30), new GroupComparisons.GroupSize("no", null, 50)),
                List.of(new GroupComparisons.ThemeLine("transport", "Transport", new long[] {20, 15})));
        GroupComparison.Comparison yes = result.comparisons().get(0);
        GroupComparison.Comparison no = result.comparisons().get(1);
        assertThat(result.respondents().count()).hasValue(80);
        assertThat(yes.responses().count()).hasValue(20);
        assertThat(yes.groupShare().getAsDouble()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(yes.othersShare().getAsDouble()).isCloseTo(0.3, within(1e-9));
        assertThat(yes.z().getAsDouble()).isCloseTo(3.2005, within(1e-4));
        assertThat(no.z().getAsDouble()).isCloseTo(-3.2005, within(1e-4));
        assertThat(yes.adjustedP().getAsDouble()).isCloseTo(0.0027435, within(1e-6));
        assertThat(no.adjustedP().getAsDouble()).isCloseTo(0.0027435, within(1e-6));
        assertThat(yes.finding()).isEqualTo(GroupComparison.Finding.HIGHER);
        assertThat(no.finding()).isEqualTo(GroupComparison.Finding.LOWER);
    }

    /**
     * Three groups of 40, 40 and 50. Theme B has 4 in the third group: hidden, with the 11 of the second group
     * (4 alone could be worked out from the total), so only its first group is tested; Holm runs over four:
     * A1 12/40 v 35/90 p = 0.33025; A2 10/40 v 37/90 p = 0.077621; A3 25/50 v 22/80 p = 0.0093839;
     * B1 20/40 v 15/90 p = 0.00007665. A3 is the second smallest, so it is adjusted to 3 * p = 0.028152.
     * A3 by hand: pooled 47/130, SE = sqrt(47/130 * 83/130 * (1/50 + 1/80)) = 0.086614, z = 0.225 / 0.086614 = 2.5977.
     */
    @Test
    void aSuppressedComparisonIsNotTestedAndHolmCountsOnlyTheShownOnes() {
        GroupComparison result = GroupComparisons.compare("age-band",
                List.of(new GroupComparisons.GroupSize("25-34", null, 40), new GroupComparisons.GroupSize("35-44", null, 40),
                        new GroupComparisons.GroupSize("45-54", null, 50)),
                List.of(new GroupComparisons.ThemeLine("a", "A", new long[] {12, 10, 25}),
                        new GroupComparisons.ThemeLine("b", "B", new long[] {20, 11, 4})));
        List<GroupComparison.Comparison> c = result.comparisons();
        assertThat(c).hasSize(6);
        assertThat(c.get(5).finding()).isEqualTo(GroupComparison.Finding.SUPPRESSED);
        assertThat(c.get(5).responses().suppressed()).isTrue();
        assertThat(c.get(5).groupShare()).isEmpty();
        assertThat(c.get(5).adjustedP()).isEmpty();
        assertThat(c.get(4).finding()).isEqualTo(GroupComparison.Finding.SUPPRESSED);
        assertThat(c.stream().filter(x -> x.adjustedP().isPresent()).count()).isEqualTo(4);

        assertThat(c.get(2).z().getAsDouble()).isCloseTo(2.5977, within(1e-4));
        assertThat(c.get(2).adjustedP().getAsDouble()).isCloseTo(0.028152, within(1e-5));
        assertThat(c.get(2).finding()).isEqualTo(GroupComparison.Finding.HIGHER);
        assertThat(c.get(3).adjustedP().getAsDouble()).isCloseTo(4 * 0.00007665, within(1e-6));
        assertThat(c.get(3).finding()).isEqualTo(GroupComparison.Finding.HIGHER);
        // A2: 2 * 0.077621 = 0.155 is no clear difference, whatever the direction.
        assertThat(c.get(1).adjustedP().getAsDouble()).isCloseTo(0.155242, within(1e-4));
        assertThat(c.get(1).finding()).isEqualTo(GroupComparison.Finding.NO_CLEAR_DIFFERENCE);
        assertThat(c.get(0).adjustedP().getAsDouble()).isCloseTo(0.330253, within(1e-4));
    }

    @Test
    void aGroupIsNotComparedWhenEveryoneElseHasFewerThanTenWithOrWithoutTheTheme() {
        // 30 of 40 against 9 of 12: the 9 (and so the 30) are hidden, and 3 of 12 without the theme is too few.
        GroupComparison result = GroupComparisons.compare("carer",
                List.of(new GroupComparisons.GroupSize("yes", null, 40), new GroupComparisons.GroupSize("no", null, 12)),
                List.of(new GroupComparisons.ThemeLine("a", "A", new long[] {30, 9})));
        assertThat(result.comparisons()).allSatisfy(c -> {
            assertThat(c.finding()).isEqualTo(GroupComparison.Finding.SUPPRESSED);
            assertThat(c.responses().count()).isEmpty();
        });
        assertThat(result.groups()).extracting(g -> g.respondents().count().orElse(-1)).containsExactly(40L, 12L);

        // A group of 5 is hidden, and the other group's size with it (the total less it would give the 5 back).
        GroupComparison small = GroupComparisons.compare("carer",
                List.of(new GroupComparisons.GroupSize("yes", null, 40), new GroupComparisons.GroupSize("no", null, 5)),
                List.of(new GroupComparisons.ThemeLine("a", "A", new long[] {20, 2})));
        assertThat(small.groups()).allSatisfy(g -> assertThat(g.respondents().suppressed()).isTrue());
        assertThat(small.comparisons()).allSatisfy(c -> assertThat(c.adjustedP()).isEmpty());
    }
}
