package org.tellus.review;

import org.tellus.tagging.ModelSummary;

/** A stored model version as the models page lists it: its figures, and what its retraining decided (null for the cold-start model or a version trained outside a retraining). */
public record ModelVersion(ModelSummary model, TrainingOutcome outcome) {
}
