package org.tellus.tagging;

import java.time.Instant;

/** A stored model version and the figures it was evaluated with (null when it was not evaluated). */
public record ModelSummary(String version, Instant createdAt, int trainingSize, Double microF1, Double macroF1,
                           boolean active) {
}
