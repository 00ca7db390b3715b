package org.tellus.review;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.CurrentUser;
import org.tellus.base.security.Roles;
import org.tellus.plan.PlanService;
import org.tellus.plan.ThemeSummary;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Officers check the machine's themes: a queue of the answers it was least sure about, decisions that win over
 * the machine's tags in every count (which stay as they were), and bulk accept of a filtered set. Decisions are
 * training data; enough new ones start a retraining (see {@link RetrainingService}).
 */
@Service
@Transactional
public class ReviewService {

    /** Answers one page of the queue holds. */
    public static final int PAGE = 20;
    /** Most answers one call returns (a page plus those the officer skipped). */
    public static final int MAX_PAGE = 200;

    private final ReviewQueue queue;
    private final Decisions decisions;
    private final PlanService plan;
    private final AutomaticRetraining retraining;
    private final Clock clock;

    ReviewService(ReviewQueue queue, Decisions decisions, PlanService plan, AutomaticRetraining retraining,
                  Clock clock) {
        this.queue = queue;
        this.decisions = decisions;
        this.plan = plan;
        this.retraining = retraining;
        this.clock = clock;
    }

    /** The next answers to review, least certain first (decision 008 defines certainty). */
    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional(readOnly = true)
    public List<ReviewItem> queue(long consultationId, ReviewFilter filter, int limit) {
        return queue.next(consultationId, filter, Math.clamp(limit, 1, MAX_PAGE));
    }

    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional(readOnly = true)
    public ReviewProgress progress(long consultationId, ReviewFilter filter) {
        return new ReviewProgress(queue.count(consultationId, filter), queue.reviewed(consultationId));
    }

    /** The officer's themes for an answer (none: "none of these themes"); replaces an earlier decision. */
    @PreAuthorize(Roles.IS_OFFICER)
    public void decide(long answerId, Set<String> themeIds) {
        if (!decisions.isReviewableAnswer(answerId)) {
            throw new TranslatableException("review.answer.not-found");
        }
        Set<String> current = plan.themes().stream().filter(t -> !t.retired()).map(ThemeSummary::id)
                .collect(Collectors.toSet());
        if (!current.containsAll(themeIds)) {
            throw new TranslatableException("review.theme.unknown");
        }
        decisions.decide(answerId, themeIds, officer(), clock.instant());
        retraining.afterNewDecisions();
    }

    /** How many waiting answers {@link #acceptAll} would accept now (shown before the officer confirms). */
    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional(readOnly = true)
    public long countAcceptable(long consultationId, ReviewFilter filter) {
        return queue.count(consultationId, filter);
    }

    /** Accepts the machine's themes of every waiting answer the filter keeps; returns how many. */
    @PreAuthorize(Roles.IS_OFFICER)
    public int acceptAll(long consultationId, ReviewFilter filter) {
        int accepted = decisions.acceptMachineTags(queue.ids(consultationId, filter), officer(), clock.instant());
        retraining.afterNewDecisions();
        return accepted;
    }

    /** Officers' decisions on a response's answers, to show next to the machine's suggestions. */
    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional(readOnly = true)
    public List<OfficerDecision> decisionsOfResponse(long responseId) {
        return decisions.ofResponse(responseId);
    }

    private static String officer() {
        return CurrentUser.email().orElseThrow(() -> new TranslatableException("review.signed-out"));
    }
}
