package org.tellus.insight;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Hand-computed cases; the working is in each comment. */
class ProportionsTest {

    @Test
    void thirtyInAHundredAgainstTwentyInAHundred() {
        // pooled p = 50/200 = 0.25; SE = sqrt(0.25 * 0.75 * (1/100 + 1/100)) = sqrt(0.00375) = 0.0612372
        // z = (0.30 - 0.20) / 0.0612372 = 1.63299; p = 2 * (1 - Phi(1.63299)) = 0.10247
        Proportions.ZTest test = Proportions.twoProportionZTest(30, 100, 20, 100);
        assertThat(test.z()).isCloseTo(1.63299, within(1e-4));
        assertThat(test.pValue()).isCloseTo(0.10247, within(1e-4));
    }

    @Test
    void aSmallerGroupAgainstALargerRest() {
        // pooled p = 45/250 = 0.18; SE = sqrt(0.18 * 0.82 * (1/50 + 1/200)) = sqrt(0.00369) = 0.0607454
        // z = (0.30 - 0.15) / 0.0607454 = 2.46932; p = 0.01354
        Proportions.ZTest test = Proportions.twoProportionZTest(15, 50, 30, 200);
        assertThat(test.z()).isCloseTo(2.46932, within(1e-4));
        assertThat(test.pValue()).isCloseTo(0.01354, within(1e-4));
    }

    @Test
    void aLowerShareGivesANegativeZAndTheSamePValue() {
        Proportions.ZTest test = Proportions.twoProportionZTest(20, 100, 30, 100);
        assertThat(test.z()).isCloseTo(-1.63299, within(1e-4));
        assertThat(test.pValue()).isCloseTo(0.10247, within(1e-4));
    }

    @Test
    void equalSharesAndDegenerateGroupsShowNoDifference() {
        assertThat(Proportions.twoProportionZTest(10, 100, 20, 200)).isEqualTo(new Proportions.ZTest(0, 1));
        assertThat(Proportions.twoProportionZTest(0, 0, 5, 50)).isEqualTo(new Proportions.ZTest(0, 1));
        assertThat(Proportions.twoProportionZTest(40, 40, 60, 60)).isEqualTo(new Proportions.ZTest(0, 1));
        assertThat(Proportions.twoProportionZTest(0, 40, 0, 60)).isEqualTo(new Proportions.ZTest(0, 1));
        assertThatThrownBy(() -> Proportions.twoProportionZTest(11, 10, 0, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNormalDistributionMatchesTables() {
        assertThat(Proportions.normalCdf(0)).isCloseTo(0.5, within(1e-7));
        assertThat(Proportions.normalCdf(1.96)).isCloseTo(0.975002, within(1e-6));
        assertThat(Proportions.normalCdf(-1.0)).isCloseTo(0.158655, within(1e-6));
    }

    @Test
    void holmMultipliesTheKthSmallestByMMinusKPlusOneAndKeepsTheOrder() {
        // sorted: 0.005 (x4 = 0.02), 0.01 (x3 = 0.03), 0.03 (x2 = 0.06), 0.04 (x1 = 0.04 -> raised to 0.06)
        double[] adjusted = Proportions.holmAdjusted(0.01, 0.04, 0.03, 0.005);
        assertThat(adjusted[0]).isCloseTo(0.03, within(1e-12));
        assertThat(adjusted[1]).isCloseTo(0.06, within(1e-12));
        assertThat(adjusted[2]).isCloseTo(0.06, within(1e-12));
        assertThat(adjusted[3]).isCloseTo(0.02, within(1e-12));
        // at alpha 0.05 the first and last survive, the middle two do not (plain p < 0.05 would keep all four)
    }

    @Test
    void holmCapsAtOneAndHandlesOneOrNoComparison() {
        assertThat(Proportions.holmAdjusted(0.4, 0.5, 0.6)).containsExactly(1.0, 1.0, 1.0);
        assertThat(Proportions.holmAdjusted(0.03)).containsExactly(0.03);
        assertThat(Proportions.holmAdjusted()).isEmpty();
    }
}
