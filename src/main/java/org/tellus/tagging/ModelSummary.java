package org.tellus.tagging;

import java.time.Instant;

/**
 * A stored model version and its figures on held-out officer-labelled answers (null when it was not evaluated;
 * {@code evaluatedOn} is how many held-out answers the figures rest on).
 */
public record ModelSummary(String version, Instant createdAt, int trainingSize, Double microF1, Double macroF1,
                           boolean active, Integer evaluatedOn) {
}
