package org.tellus.review;

/** A theme the machine suggests for an answer, with its confidence and the words that drove it. */
public record Suggestion(String themeId, double confidence, String explanation) {
}
