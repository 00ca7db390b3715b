package org.tellus.review;

/**
 * Narrows the review queue and bulk accept: {@code minConfidence} keeps answers with at least one suggestion and
 * every suggestion at or above it; {@code themeId} keeps answers the machine suggested that theme for. Null: any.
 */
public record ReviewFilter(Double minConfidence, String themeId) {

    public static ReviewFilter none() {
        return new ReviewFilter(null, null);
    }
}
