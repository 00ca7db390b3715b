package org.tellus.review;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule that decides whether a retrained model replaces the active one, and which decisions judge it. */
class PromotionRuleTest {

    @Test
    void aCandidateNoWorseOnEnoughHeldOutDecisionsIsPromoted() {
        assertThat(PromotionRule.decide("new", "old", 20, 0.70, 0.70)).isEqualTo(TrainingOutcome.PROMOTED);
        assertThat(PromotionRule.decide("new", "old", 200, 0.71, 0.70)).isEqualTo(TrainingOutcome.PROMOTED);
    }

    @Test
    void aWorseCandidateIsKeptButNotUsed() {
        assertThat(PromotionRule.decide("new", "old", 50, 0.69, 0.70)).isEqualTo(TrainingOutcome.KEPT_WORSE);
    }

    @Test
    void tooFewHeldOutDecisionsNeverPromoteEvenABetterCandidate() {
        assertThat(PromotionRule.decide("new", "old", 19, 0.95, 0.10)).isEqualTo(TrainingOutcome.KEPT_TOO_FEW_HELD_OUT);
        assertThat(PromotionRule.decide("new", "old", 0, 0, 0)).isEqualTo(TrainingOutcome.KEPT_TOO_FEW_HELD_OUT);
    }

    @Test
    void theSameVersionChangesNothing() {
        assertThat(PromotionRule.decide("same", "same", 100, 0.5, 0.5)).isEqualTo(TrainingOutcome.UNCHANGED);
    }

    @Test
    void aboutOneDecisionInFiveIsHeldOutAlwaysTheSameOnes() {
        long held = LongStream.rangeClosed(1, 10_000).filter(HeldOut::isHeldOut).count();
        assertThat(held).isBetween(1_900L, 2_100L);
        assertThat(LongStream.rangeClosed(1, 1_000).filter(HeldOut::isHeldOut).toArray())
                .isEqualTo(LongStream.rangeClosed(1, 1_000).filter(HeldOut::isHeldOut).toArray());
        // Runs of consecutive ids are split too, not all in or all out.
        assertThat(LongStream.rangeClosed(500, 520).filter(HeldOut::isHeldOut).count()).isBetween(1L, 12L);
    }
}
