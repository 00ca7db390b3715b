package org.tellus.base.jobs;

import java.time.Instant;

/** A background job as anyone may see it, on any instance: what it is, how far it got, how it ended. */
public record JobStatus(long id, String kind, Status status, int progress, Integer total, Long subjectId,
                        String requestedBy, int attempts, Instant createdAt, Instant finishedAt, String result,
                        String error) {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }
}
