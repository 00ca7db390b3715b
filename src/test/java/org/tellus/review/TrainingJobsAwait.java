package org.tellus.review;

import java.time.Duration;
import java.time.Instant;

/** Waits for a retraining that runs in the background, for tests. */
public final class TrainingJobsAwait {

    private static final Duration LIMIT = Duration.ofMinutes(3);

    private TrainingJobsAwait() {
    }

    public static TrainingJob done(RetrainingService retraining, long jobId) throws InterruptedException {
        Instant deadline = Instant.now().plus(LIMIT);
        while (Instant.now().isBefore(deadline)) {
            TrainingJob job = retraining.job(jobId).orElseThrow();
            if (!job.unfinished()) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The retraining did not finish within " + LIMIT + ": " + retraining.job(jobId));
    }
}
