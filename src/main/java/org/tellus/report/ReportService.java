package org.tellus.report;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.account.AccountService;
import org.tellus.audit.AuditActions;
import org.tellus.audit.Audited;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.tellus.consultation.Audience;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.plan.PlanService;
import org.tellus.plan.PrioritySummary;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "What we heard" reports and "You said, we did" (decision 026). Officers shape a consultation's report as a draft
 * and publish it; each publication is a frozen version, so residents read what was published however the answers
 * or their themes change later. Anyone who may see the consultation may read its published report.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    /** Published versions an officer sees listed. */
    static final int VERSIONS_LISTED = 20;

    private final ConsultationService consultations;
    private final ReportBuilder builder;
    private final ReportTables store;
    private final AccountService accounts;
    private final PlanService plan;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReportService(ConsultationService consultations, ReportBuilder builder, ReportTables store, AccountService accounts,
                  PlanService plan, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.consultations = consultations;
        this.builder = builder;
        this.store = store;
        this.accounts = accounts;
        this.plan = plan;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The saved draft, or an empty one. */
    @PreAuthorize(Roles.IS_OFFICER)
    public ReportShaping draft(long consultationId) {
        consultations.consultation(consultationId);
        return store.draft(consultationId).orElse(ReportShaping.empty());
    }

    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public void saveDraft(long consultationId, ReportShaping shaping) {
        consultations.consultation(consultationId);
        check(shaping);
        store.saveDraft(consultationId, shaping, accounts.currentUserId().orElse(null), Instant.now(clock));
    }

    /** The report as it would be published now, from the saved draft (outside a transaction: see {@link #publish}). */
    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ReportContent preview(long consultationId) {
        return builder.build(consultations.consultation(consultationId), draft(consultationId));
    }

    /**
     * Freezes the report built from the saved draft as the next version, and marks the consultation's results
     * published with the introduction as their summary (so the consultation must be closed). The report is built
     * before the writing transaction, as the preview is: building may wait for the first theme model to be trained,
     * which must not happen inside a transaction holding locks.
     */
    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PublishedReport publish(long consultationId) {
        ReportShaping shaping = draft(consultationId);
        if (shaping.introduction().isBlank()) {
            throw new TranslatableException("report.publish.no-introduction");
        }
        ReportContent content = builder.build(consultations.consultation(consultationId), shaping);
        return transaction.execute(status -> {
            ConsultationDetails consultation = consultations.publishResults(consultationId, shaping.introduction());
            Instant now = Instant.now(clock);
            int version = store.publish(content, accounts.currentUserId().orElse(null), now);
            announce(consultation, ResultsChanged.Change.PUBLISHED);
            return new PublishedReport(version, now, content);
        });
    }

    /** Published versions, newest first. */
    @PreAuthorize(Roles.IS_OFFICER)
    public List<PublishedReport> versions(long consultationId) {
        consultations.consultation(consultationId);
        return store.versions(consultationId, VERSIONS_LISTED);
    }

    /** The latest published report of a consultation the caller may see; empty when none is published yet. */
    @PreAuthorize(Roles.ANYONE)
    public Optional<PublishedReport> published(long consultationId) {
        consultations.publicConsultation(consultationId);
        return store.latest(consultationId);
    }

    /** "We did" entries of a consultation the caller may see, shown only once its report is published. */
    @PreAuthorize(Roles.ANYONE)
    public List<WeDid> weDid(long consultationId) {
        return published(consultationId).isPresent() ? store.weDid(consultationId) : List.of();
    }

    /** Writes or updates what the council did about a priority. */
    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public WeDid saveWeDid(long consultationId, String priorityId, String text, WeDidStatus status, LocalDate date) {
        ConsultationDetails consultation = consultations.consultation(consultationId);
        if (plan.priorities().stream().map(PrioritySummary::id).noneMatch(id -> id.equals(priorityId))) {
            throw new TranslatableException("report.we-did.unknown-priority");
        }
        if (text == null || text.isBlank() || status == null || date == null) {
            throw new TranslatableException("report.we-did.incomplete");
        }
        if (text.strip().length() > WeDid.MAX_TEXT) {
            throw new TranslatableException("report.we-did.too-long", WeDid.MAX_TEXT);
        }
        WeDid entry = new WeDid(priorityId, text.strip(), status, date, Instant.now(clock));
        store.saveWeDid(consultationId, entry);
        if (store.latest(consultationId).isPresent()) {
            announce(consultation, ResultsChanged.Change.WE_DID_UPDATED);
        }
        return entry;
    }

    /** Officers' view of the entries, before and after publication. */
    @PreAuthorize(Roles.IS_OFFICER)
    public List<WeDid> weDidDraft(long consultationId) {
        consultations.consultation(consultationId);
        return store.weDid(consultationId);
    }

    /** The preview, as a file: the same model and outline as the page. */
    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void downloadPreview(long consultationId, ReportFormat format, ReportWords words, OutputStream out)
            throws IOException {
        ReportContent report = preview(consultationId);
        // An unpublished report leaves the app: an export, recorded with what it covers (decision 029).
        events.publishEvent(new Audited(AuditActions.EXPORTED, "report preview (" + format + ")",
                "consultation " + consultationId));
        ReportFiles.write(report, ReportFiles.previewLine(report, words), format, words, out);
    }

    /** The latest published version as a file, for anyone who may read it. */
    @PreAuthorize(Roles.ANYONE)
    public void downloadPublished(long consultationId, ReportFormat format, ReportWords words, OutputStream out)
            throws IOException {
        PublishedReport published = published(consultationId)
                .orElseThrow(() -> new TranslatableException("report.not-published"));
        ReportFiles.write(published.content(), ReportFiles.publishedLine(published, words), format, words, out);
    }

    /** Tells whoever should hear of it, once this transaction commits (decision 015). */
    private void announce(ConsultationDetails consultation, ResultsChanged.Change change) {
        Set<Long> networks = consultation.audience() == Audience.NETWORKS
                ? consultations.form(consultation.id()).getNetworkIds() : Set.of();
        events.publishEvent(new ResultsChanged(consultation.id(), consultation.title(), networks, change));
    }

    private static void check(ReportShaping shaping) {
        if (shaping.introduction().length() > ReportShaping.MAX_INTRODUCTION) {
            throw new TranslatableException("report.introduction.too-long", ReportShaping.MAX_INTRODUCTION);
        }
        if (shaping.narratives().values().stream().anyMatch(n -> n != null && n.length() > ReportShaping.MAX_NARRATIVE)) {
            throw new TranslatableException("report.narrative.too-long", ReportShaping.MAX_NARRATIVE);
        }
    }
}
