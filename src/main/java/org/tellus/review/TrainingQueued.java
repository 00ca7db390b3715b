package org.tellus.review;

/** A retraining was queued: the runner starts it once the queuing transaction has committed. */
record TrainingQueued(long jobId) {
}
