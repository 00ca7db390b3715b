package org.tellus.review;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tellus.base.security.SystemTask;

import java.time.Clock;
import java.time.Instant;

/**
 * Queues a retraining once {@code tellus.tagging.retrain-after} decisions (default 50; 0 turns it off) have been
 * made since the last retraining was requested, unless one is already waiting or running.
 */
@Component
class AutomaticRetraining {

    private final TrainingJobs jobs;
    private final Decisions decisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int retrainAfter;

    AutomaticRetraining(TrainingJobs jobs, Decisions decisions, ApplicationEventPublisher events, Clock clock,
                        @Value("${tellus.tagging.retrain-after:50}") int retrainAfter) {
        this.jobs = jobs;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
        this.retrainAfter = retrainAfter;
    }

    int retrainAfter() {
        return retrainAfter;
    }

    /** Call in the transaction that recorded decisions; the job starts after it commits. */
    void afterNewDecisions() {
        if (retrainAfter > 0 && due(retrainAfter)) {
            queue(TrainingJob.Trigger.AUTOMATIC, SystemTask.SYSTEM_USER);
        }
    }

    /** True when at least {@code threshold} decisions are newer than the last request and none is pending. */
    boolean due(int threshold) {
        return jobs.unfinished().isEmpty()
                && decisions.countSince(jobs.lastRequestedAt().orElse(Instant.EPOCH)) >= threshold;
    }

    long queue(TrainingJob.Trigger trigger, String requestedBy) {
        long id = jobs.queue(trigger, requestedBy, clock.instant());
        events.publishEvent(new TrainingQueued(id));
        return id;
    }
}
