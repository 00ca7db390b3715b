package org.tellus.review;

/**
 * When a retrained model replaces the active one (decision 008): only when both were scored on at least
 * {@link #MIN_HELD_OUT} held-out officer decisions and the candidate's micro-F1 is no lower than the active
 * version's. Fewer held-out decisions say too little to trust either way, so the candidate waits for an officer.
 */
final class PromotionRule {

    static final int MIN_HELD_OUT = 20;
    /** Scores equal up to rounding count as "no worse". */
    private static final double TOLERANCE = 1e-9;

    private PromotionRule() {
    }

    static TrainingOutcome decide(String candidateVersion, String activeVersion, int heldOut,
                                  double candidateMicroF1, double activeMicroF1) {
        if (candidateVersion.equals(activeVersion)) {
            return TrainingOutcome.UNCHANGED;
        }
        if (heldOut < MIN_HELD_OUT) {
            return TrainingOutcome.KEPT_TOO_FEW_HELD_OUT;
        }
        return candidateMicroF1 + TOLERANCE >= activeMicroF1 ? TrainingOutcome.PROMOTED : TrainingOutcome.KEPT_WORSE;
    }
}
