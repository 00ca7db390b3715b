package org.tellus.insight;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The equity lens's statistics: is a group's share different from everyone else's, and which of many such
 * differences survive a correction for making many comparisons at once. Pure functions, no Spring.
 */
public final class Proportions {

    private Proportions() {
    }

    /** A two-sided test result: the z statistic (positive when the group's share is higher) and its p-value. */
    public record ZTest(double z, double pValue) {
    }

    /**
     * The pooled two-proportion z-test of a group ({@code groupHits} of {@code groupSize}) against everyone else
     * ({@code otherHits} of {@code otherSize}). When there is nothing to compare (an empty side, or everyone or
     * no one has the trait) there is no evidence of a difference: z = 0, p = 1.
     */
    public static ZTest twoProportionZTest(long groupHits, long groupSize, long otherHits, long otherSize) {
        if (groupHits < 0 || otherHits < 0 || groupHits > groupSize || otherHits > otherSize) {
            throw new IllegalArgumentException("hits must be between 0 and the size");
        }
        if (groupSize == 0 || otherSize == 0) {
            return new ZTest(0, 1);
        }
        double p1 = (double) groupHits / groupSize;
        double p2 = (double) otherHits / otherSize;
        double pooled = (double) (groupHits + otherHits) / (groupSize + otherSize);
        double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / groupSize + 1.0 / otherSize));
        if (standardError == 0) {
            return new ZTest(0, 1);
        }
        double z = (p1 - p2) / standardError;
        return new ZTest(z, Math.min(1, erfc(Math.abs(z) / Math.sqrt(2))));
    }

    /**
     * Holm-Bonferroni adjusted p-values, in the order given: the k-th smallest p-value is multiplied by
     * (m - k + 1), and the results are made non-decreasing in that order and capped at 1. A comparison is
     * significant at level alpha when its adjusted p-value is at most alpha; this controls the chance of any
     * false finding across all m comparisons.
     */
    public static double[] holmAdjusted(double... pValues) {
        int m = pValues.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int k = 0; k < m; k++) {
            running = Math.max(running, Math.min(1, (m - k) * pValues[order[k]]));
            adjusted[order[k]] = running;
        }
        return adjusted;
    }

    /** P(Z <= z) for a standard normal Z. */
    public static double normalCdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /** The complementary error function (Numerical Recipes' Chebyshev fit, relative error under 1.2e-7). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
