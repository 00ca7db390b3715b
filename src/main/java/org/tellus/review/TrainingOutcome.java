package org.tellus.review;

/** What became of a retrained model version (decision 008). */
public enum TrainingOutcome {
    /** No worse than the active version on enough held-out officer decisions: now in use. */
    PROMOTED,
    /** Worse than the active version on the held-out decisions: kept with its figures, not used. */
    KEPT_WORSE,
    /** Too few held-out decisions to judge it: kept, not used unless an officer activates it. */
    KEPT_TOO_FEW_HELD_OUT,
    /** The same training data as the active version gave the same model: nothing changed. */
    UNCHANGED
}
