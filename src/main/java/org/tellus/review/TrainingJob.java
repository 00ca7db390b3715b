package org.tellus.review;

import java.time.Instant;

/**
 * One retraining: requested by an officer or automatically, its progress (0-100, and the step it is on), and what
 * it found: the decisions it trained on and held out, both versions' micro-F1 on the held-out decisions, and the
 * outcome. Figures are null until known.
 */
public record TrainingJob(long id, Status status, Trigger trigger, String requestedBy, Instant requestedAt,
                          Instant startedAt, Instant finishedAt, int progress, Step step, Integer trainingDecisions,
                          Integer heldOut, String activeVersion, String candidateVersion, Double activeMicroF1,
                          Double candidateMicroF1, TrainingOutcome outcome, String error) {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    public enum Trigger { OFFICER, AUTOMATIC }

    public enum Step { READING, TRAINING, EVALUATING, DECIDING }

    public boolean unfinished() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }
}
