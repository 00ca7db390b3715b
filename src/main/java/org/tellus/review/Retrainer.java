package org.tellus.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tellus.base.BackgroundWork;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.tagging.ModelSummary;
import org.tellus.tagging.TaggingService;
import org.tellus.tagging.engine.EvaluationFigures;
import org.tellus.tagging.engine.LabelledText;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs queued retrainings off the officer's path: trains a candidate on the starter data and the officers'
 * decisions that are not held out, scores the candidate and the active version on the held-out decisions, and
 * promotes the candidate only by {@link PromotionRule}. After a promotion the background tagger re-tags every
 * answer, since each answer then carries an older version than the active one.
 */
@Component
class Retrainer {

    private static final Logger log = LoggerFactory.getLogger(Retrainer.class);

    private final BackgroundWork background;
    private final TrainingJobs jobs;
    private final Decisions decisions;
    private final TaggingService tagging;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    Retrainer(BackgroundWork background, TrainingJobs jobs, Decisions decisions, TaggingService tagging, Clock clock) {
        this.background = background;
        this.jobs = jobs;
        this.decisions = decisions;
        this.tagging = tagging;
        this.clock = clock;
    }

    @Async
    @TransactionalEventListener
    public void onQueued(TrainingQueued queued) {
        if (background.enabled()) {
            runQueued();
        }
    }

    /** Also catches jobs queued on another instance, or left behind by a crash. */
    @Scheduled(initialDelayString = "${tellus.tagging.retrain-poll-ms:5000}", fixedDelayString = "${tellus.tagging.retrain-poll-ms:5000}")
    public void runQueued() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Optional<Long> job;
            while ((job = jobs.claim(clock.instant())).isPresent()) {
                long id = job.get();
                try {
                    SystemTask.runAs(Roles.OFFICER, () -> run(id));
                } catch (RuntimeException e) {
                    log.warn("Retraining job {} failed", id, e);
                    jobs.fail(id, e.toString(), clock.instant());
                }
            }
        } finally {
            running.set(false);
        }
    }

    private void run(long id) {
        jobs.progress(id, TrainingJob.Step.READING, 5, clock.instant());
        List<LabelledText> training = new ArrayList<>();
        List<LabelledText> heldOut = new ArrayList<>();
        for (Map.Entry<Long, LabelledText> d : decisions.labelledAnswers().entrySet()) {
            (HeldOut.isHeldOut(d.getKey()) ? heldOut : training).add(d.getValue());
        }
        jobs.sizes(id, training.size(), heldOut.size());

        jobs.progress(id, TrainingJob.Step.TRAINING, 15, clock.instant());
        String activeVersion = tagging.activeVersion();
        ModelSummary candidate = tagging.train(training);

        jobs.progress(id, TrainingJob.Step.EVALUATING, 75, clock.instant());
        Double candidateF1 = null;
        Double activeF1 = null;
        if (!heldOut.isEmpty()) {
            EvaluationFigures candidateFigures = tagging.evaluate(candidate.version(), heldOut);
            EvaluationFigures activeFigures = tagging.evaluate(activeVersion, heldOut);
            tagging.recordFigures(candidate.version(), candidateFigures);
            tagging.recordFigures(activeVersion, activeFigures);
            candidateF1 = candidateFigures.microF1();
            activeF1 = activeFigures.microF1();
        }

        jobs.progress(id, TrainingJob.Step.DECIDING, 95, clock.instant());
        TrainingOutcome outcome = PromotionRule.decide(candidate.version(), activeVersion, heldOut.size(),
                candidateF1 == null ? 0 : candidateF1, activeF1 == null ? 0 : activeF1);
        if (outcome == TrainingOutcome.PROMOTED) {
            tagging.activate(candidate.version());
        }
        jobs.finish(id, activeVersion, candidate.version(), activeF1, candidateF1, outcome, clock.instant());
        log.info("Retraining job {}: {} (candidate {} micro-F1 {}, active {} micro-F1 {}, {} held out)", id, outcome,
                candidate.version(), candidateF1, activeVersion, activeF1, heldOut.size());
    }
}
