package org.tellus.privacy;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.account.AccountService;
import org.tellus.audit.AuditActions;
import org.tellus.audit.Audited;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.ConsultationStatus;
import org.tellus.response.ResponsePrivacy;
import org.tellus.response.RetentionOutcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Retention per consultation (decision 031): an administrator sets how many months after closing a consultation's
 * equality answers and links to residents' accounts are kept; {@link RetentionJob} applies the rules daily and
 * writes what it removed to the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class RetentionService {

    public static final int MAX_MONTHS = 240;

    private final RetentionStore store;
    private final ConsultationService consultations;
    private final ResponsePrivacy responses;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RetentionService(RetentionStore store, ConsultationService consultations, ResponsePrivacy responses,
                     AccountService accounts, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.consultations = consultations;
        this.responses = responses;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public List<RetentionRule> rules() {
        return store.all().stream().map(row -> {
            ConsultationDetails c = consultations.consultation(row.consultationId());
            return new RetentionRule(c.id(), c.title(), c.closesOn(), row.months(),
                    c.closesOn() == null ? null : c.closesOn().plusMonths(row.months()), row.appliedAt());
        }).toList();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void setRule(long consultationId, int months) {
        if (months < 0 || months > MAX_MONTHS) {
            throw new TranslatableException("privacy.retention.months-range", MAX_MONTHS);
        }
        ConsultationDetails c = consultations.consultation(consultationId);
        store.save(c.id(), months, accounts.currentUserId().orElse(null), clock.instant());
        events.publishEvent(new Audited(AuditActions.RETENTION_SET, target(c), months + " months after closing"));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void removeRule(long consultationId) {
        ConsultationDetails c = consultations.consultation(consultationId);
        if (store.remove(consultationId)) {
            events.publishEvent(new Audited(AuditActions.RETENTION_SET, target(c), "rule removed"));
        }
    }

    /**
     * Applies every rule that is due: the consultation is closed and its closing day plus the months has come.
     * Each consultation where something was removed gets an audit entry saying what. Returns those consultations.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public List<Long> applyDue() {
        LocalDate today = LocalDate.now(clock);
        List<Long> changed = new ArrayList<>();
        for (RetentionRule rule : rules()) {
            ConsultationDetails c = consultations.consultation(rule.consultationId());
            boolean closed = c.status() == ConsultationStatus.CLOSED || c.status() == ConsultationStatus.RESULTS_PUBLISHED;
            if (!closed || rule.dueOn() == null || today.isBefore(rule.dueOn())) {
                continue;
            }
            RetentionOutcome removed = responses.applyRetention(c.id());
            store.markApplied(c.id(), clock.instant());
            if (removed.removedAnything()) {
                events.publishEvent(new Audited(AuditActions.RETENTION_APPLIED, target(c),
                        removed.equalityAnswers() + " equality answers, " + removed.accountLinks()
                                + " links to accounts, " + removed.drafts() + " drafts removed"));
                changed.add(c.id());
            }
        }
        return changed;
    }

    private static String target(ConsultationDetails c) {
        return "consultation " + c.id() + ": " + c.title();
    }
}
