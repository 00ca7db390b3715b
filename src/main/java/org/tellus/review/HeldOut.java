package org.tellus.review;

/**
 * Which officer decisions are held out of training to judge models: about one in five, chosen by a hash of the
 * answer id. Deterministic, so an answer never moves between training and judging as decisions accumulate (a model
 * is never scored on what it learnt), and spread evenly over time and consultations, unlike "id mod 5".
 */
final class HeldOut {

    static final int PERCENT = 20;

    private HeldOut() {
    }

    static boolean isHeldOut(long answerId) {
        // SplitMix64's finaliser: consecutive ids land far apart.
        long z = answerId + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return Math.floorMod(z, 100) < PERCENT;
    }
}
