package org.tellus.review;

import org.springframework.context.ApplicationContext;

/** Runs queued retrainings now, on the test's thread, since tests switch the background workers off. */
public final class RetrainingOnDemand {

    private RetrainingOnDemand() {
    }

    /** Runs every queued retraining to its end, as the retrainer's poll would. */
    public static void runQueued(ApplicationContext context) {
        context.getBean(Retrainer.class).runQueued();
    }

    /** Runs every queued retraining to its end and returns this job as it ended. */
    public static TrainingJob runQueued(ApplicationContext context, RetrainingService retraining, long jobId) {
        runQueued(context);
        return retraining.job(jobId).orElseThrow();
    }
}
