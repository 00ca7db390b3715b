package org.tellus.review;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.CurrentUser;
import org.tellus.base.security.Roles;
import org.tellus.tagging.TaggingService;
import org.tellus.tagging.engine.EvaluationFigures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Retraining the theme model on officers' decisions, and the model versions: officers start a retraining, follow
 * its progress, see every version's held-out figures, and make any version active again (rollback).
 */
@Service
@Transactional
public class RetrainingService {

    /** Jobs the models page lists. */
    public static final int RECENT_JOBS = 10;

    private final TrainingJobs jobs;
    private final AutomaticRetraining automatic;
    private final TaggingService tagging;

    RetrainingService(TrainingJobs jobs, AutomaticRetraining automatic, TaggingService tagging) {
        this.jobs = jobs;
        this.automatic = automatic;
        this.tagging = tagging;
    }

    /** Queues a retraining now; when one is already waiting or running, that one is returned instead. */
    @PreAuthorize(Roles.IS_OFFICER)
    public TrainingJob requestRetraining() {
        Optional<TrainingJob> pending = jobs.unfinished();
        if (pending.isPresent()) {
            return pending.get();
        }
        String officer = CurrentUser.email().orElseThrow(() -> new TranslatableException("review.signed-out"));
        return jobs.find(automatic.queue(TrainingJob.Trigger.OFFICER, officer)).orElseThrow();
    }

    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional(readOnly = true)
    public Optional<TrainingJob> job(long id) {
        return jobs.find(id);
    }

    /** The newest jobs first. */
    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional(readOnly = true)
    public List<TrainingJob> recentJobs() {
        return jobs.recent(RECENT_JOBS);
    }

    /** Every stored version, newest first, with what its retraining decided. */
    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional(readOnly = true)
    public List<ModelVersion> versions() {
        Map<String, TrainingOutcome> outcomes = new HashMap<>();
        jobs.byCandidate().forEach(job -> outcomes.put(job.candidateVersion(), job.outcome()));
        return tagging.modelVersions().stream().map(m -> new ModelVersion(m, outcomes.get(m.version()))).toList();
    }

    /** A version's per-theme figures on the held-out decisions it was last scored on. */
    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional(readOnly = true)
    public Map<String, EvaluationFigures.LabelFigures> themeFigures(String version) {
        return tagging.themeFigures(version);
    }

    /** Uses this version from now on (a rollback, or a candidate an officer trusts); every answer is re-tagged. */
    @PreAuthorize(Roles.IS_OFFICER)
    public void activate(String version) {
        tagging.activate(version);
    }

    /** How many new decisions start a retraining by themselves (0: never). */
    @PreAuthorize(Roles.IS_OFFICER)
    public int retrainAfter() {
        return automatic.retrainAfter();
    }
}
