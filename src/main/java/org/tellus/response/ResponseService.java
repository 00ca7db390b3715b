package org.tellus.response;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.account.AccountService;
import org.tellus.audit.AuditActions;
import org.tellus.audit.Audited;
import org.tellus.base.TranslatableException;
import org.tellus.base.database.ConflictRetry;
import org.tellus.base.security.CurrentUser;
import org.tellus.base.security.Roles;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.QuestionType;
import org.tellus.response.InvalidAnswersException.FieldError;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Responses: residents submit and save drafts; officers enter responses on residents' behalf and read them.
 * A submission is stored once per submission key, however often it is sent.
 */
@Service
@Transactional(readOnly = true)
public class ResponseService {

    private static final int EXCERPT_LENGTH = 140;
    private static final int IMPORT_BATCH = 200;

    private final ResponseRepository responses;
    private final ConsultationService consultations;
    private final AccountService accounts;
    private final AnswerValidator validator;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final HearBackTable hearBack;
    private final FloodSigns floods;
    private final Clock clock;

    ResponseService(ResponseRepository responses, ConsultationService consultations, AccountService accounts,
                    AnswerValidator validator, ApplicationEventPublisher events,
                    PlatformTransactionManager transactionManager, EntityManager entityManager, HearBackTable hearBack,
                    FloodSigns floods,
                    Clock clock) {
        this.responses = responses;
        this.consultations = consultations;
        this.accounts = accounts;
        this.validator = validator;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.entityManager = entityManager;
        this.hearBack = hearBack;
        this.floods = floods;
        this.clock = clock;
    }

    /** A resident (signed in or not) submits online. Returns the same receipt for a repeated submission key. */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SubmissionReceipt submit(SubmissionRequest request) {
        return submit(request, null);
    }

    /**
     * As {@link #submit(SubmissionRequest)}, keeping where the answer came from: {@code originKey} is the keyed hash
     * of the address that abuse protection let through (decision 032), never the address itself.
     */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SubmissionReceipt submit(SubmissionRequest request, String originKey) {
        if (request.channel() != Channel.ONLINE) {
            throw new AccessDeniedException("Only officers record other channels");
        }
        if (request.hearBack() != null && accounts.currentUserId().isEmpty() && !HearBack.plausible(request.hearBack().email())) {
            throw new TranslatableException("response.hear-back.email-invalid");
        }
        if (originKey != null && originKey.length() > 32) {
            throw new TranslatableException("response.key.invalid");
        }
        return storeOnce(request, originKey);
    }

    /** Assisted digital: an officer types in a paper, phone or event response for a resident. */
    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SubmissionReceipt enterOnBehalf(SubmissionRequest request) {
        if (!request.channel().isAssisted()) {
            throw new TranslatableException("response.channel.required");
        }
        return storeOnce(request, null);
    }

    private SubmissionReceipt storeOnce(SubmissionRequest request, String originKey) {
        if (request.submissionKey() == null || request.submissionKey().isBlank() || request.submissionKey().length() > 64) {
            throw new TranslatableException("response.key.invalid");
        }
        try {
            // A conflict with another transaction (on Galera, a certification failure) is tried again: decision 023.
            return ConflictRetry.retry(() -> transaction.execute(status -> store(request, originKey)));
        } catch (DataIntegrityViolationException raceLost) {
            // The same submission, sent twice at once: the other one was stored; answer with its receipt.
            return responses.findBySubmissionKey(request.submissionKey()).filter(Response::isSubmitted)
                    .map(this::receipt).orElseThrow(() -> raceLost);
        }
    }

    private SubmissionReceipt store(SubmissionRequest request, String originKey) {
        Optional<Response> existing = responses.findBySubmissionKey(request.submissionKey());
        if (existing.isPresent() && existing.get().isSubmitted()) {
            return receipt(existing.get());
        }
        ConsultationDetails consultation = consultations.beginAnswer(request.consultationId(),
                request.channel() != Channel.ONLINE);
        Map<Long, FieldError> errors = validator.check(consultation, request, false);
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
        Optional<Long> userId = accounts.currentUserId();
        Response response = existing.filter(r -> r.consultationId() == request.consultationId())
                .orElseGet(() -> new Response(request.consultationId(), request.submissionKey(), request.channel()));
        response.fill(request, areaOf(consultation, request));
        response.trace(originKey, FloodSigns.fingerprint(freeTexts(consultation, request)));
        if (request.channel() == Channel.ONLINE) {
            response.recordRespondent(userId.orElse(null));
            userId.flatMap(id -> responses.findFirstByRespondentIdAndConsultationIdAndStatus(id,
                            request.consultationId(), Response.Status.DRAFT))
                    .filter(draft -> !draft.submissionKey().equals(request.submissionKey()))
                    .ifPresent(responses::delete);
        } else {
            response.recordEnteredBy(userId.orElse(null));
        }
        response.submit(newReference(), clock.instant());
        responses.saveAndFlush(response);
        // Only a resident's own online answer: an officer typing in a paper response may not sign someone up.
        if (request.hearBack() != null && request.channel() == Channel.ONLINE) {
            hearBack.record(response.id(), response.consultationId(), userId.orElse(null),
                    request.hearBack().normalisedEmail(), request.hearBack().language(), clock.instant());
        }
        events.publishEvent(new ResponseSubmitted(response.id(), response.consultationId()));
        return receipt(response, consultation.title());
    }

    /**
     * The problems an officer would meet storing these responses to one consultation (read once), by position in
     * the list and then by question; empty when all are fine.
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public Map<Integer, Map<Long, FieldError>> checkAll(long consultationId, List<SubmissionRequest> requests) {
        return problems(consultations.consultation(consultationId), requests);
    }

    private Map<Integer, Map<Long, FieldError>> problems(ConsultationDetails consultation, List<SubmissionRequest> requests) {
        Map<Integer, Map<Long, FieldError>> problems = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).consultationId() != consultation.id()) {
                throw new TranslatableException("response.unknown-question");
            }
            Map<Long, FieldError> errors = validator.check(consultation, requests.get(i), false);
            if (!errors.isEmpty()) {
                problems.put(i, errors);
            }
        }
        return problems;
    }

    /**
     * Stores responses from elsewhere all together or not at all: any bad row rejects the whole import, with
     * every bad row's problems. {@code progress} hears how many rows are stored so far.
     */
    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public List<String> importAll(long consultationId, List<ImportedResponse> rows, IntConsumer progress) {
        ConsultationDetails consultation = consultations.beginAnswer(consultationId, true);
        Map<Integer, Map<Long, FieldError>> rowErrors = problems(consultation,
                rows.stream().map(ImportedResponse::request).toList());
        if (!rowErrors.isEmpty()) {
            throw new ImportRejectedException(rowErrors);
        }
        Long officerId = accounts.currentUserId().orElse(null);
        List<String> references = new ArrayList<>(rows.size());
        List<Response> batch = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportedResponse row = rows.get(i);
            SubmissionRequest request = row.request();
            String key = request.submissionKey() == null ? UUID.randomUUID().toString() : request.submissionKey();
            Response response = new Response(consultationId, key, request.channel());
            response.fill(request, areaOf(consultation, request));
            response.recordEnteredBy(officerId);
            response.attribute(row.attribution());
            response.submit(newReference(), row.submittedAt() == null ? clock.instant() : row.submittedAt());
            batch.add(response);
            references.add(response.reference());
            if (batch.size() == IMPORT_BATCH || i == rows.size() - 1) {
                responses.saveAll(batch);
                responses.flush();
                batch.forEach(r -> events.publishEvent(new ResponseSubmitted(r.id(), consultationId)));
                batch.clear();
                // Stored rows need no more dirty checks: without this every query of a large import (the
                // reference look-up) re-checks all rows stored so far, and the import slows quadratically.
                entityManager.clear();
                progress.accept(i + 1);
            }
        }
        return references;
    }

    /** A signed-in resident keeps a part-completed response to finish later. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void saveDraft(SubmissionRequest request) {
        long userId = accounts.currentUserId().orElseThrow(() -> new AccessDeniedException("Sign in to save"));
        ConsultationDetails consultation = consultations.publicConsultation(request.consultationId());
        if (!consultations.acceptsAnswers(consultation)) {
            throw new TranslatableException("consultation.closed");
        }
        Map<Long, FieldError> errors = validator.check(consultation, request, true);
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
        Response draft = responses.findFirstByRespondentIdAndConsultationIdAndStatus(userId,
                request.consultationId(), Response.Status.DRAFT).orElse(null);
        if (draft == null) {
            if (responses.findBySubmissionKey(request.submissionKey()).isPresent()) {
                throw new TranslatableException("response.already-submitted");
            }
            draft = new Response(request.consultationId(), request.submissionKey(), Channel.ONLINE);
            draft.recordRespondent(userId);
        }
        draft.fill(request, areaOf(consultation, request));
        responses.save(draft);
    }

    /** The signed-in resident's saved draft for a consultation, to carry on with. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public Optional<SubmissionRequest> myDraft(long consultationId) {
        return accounts.currentUserId().flatMap(id -> responses.findFirstByRespondentIdAndConsultationIdAndStatus(
                id, consultationId, Response.Status.DRAFT)).map(Response::asRequest);
    }

    /** The confirmation for a reference: the consultation's title and the time, nothing personal. */
    @PreAuthorize(Roles.ANYONE)
    public Optional<SubmissionReceipt> receipt(String reference) {
        return responses.findByReference(reference).filter(Response::isSubmitted).map(this::receipt);
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public List<ResponseRow> responses(long consultationId, ResponseFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        PageRequest page = PageRequest.of(offset / size, size, Sort.by(Sort.Direction.DESC, "submittedAt", "id"));
        ConsultationDetails consultation = consultations.consultation(consultationId);
        List<Response> found = responses.findAll(matching(consultationId, filter), page).getContent();
        List<Long> ids = found.stream().map(Response::id).toList();
        java.util.Set<Long> fromOneAddress = floods.manyFromOneAddress(ids);
        java.util.Set<Long> repeated = floods.repeatedText(ids);
        return found.stream()
                .map(r -> new ResponseRow(r.id(), r.reference(), r.submittedAt(), r.channel(), r.areaId(),
                        excerpt(consultation, r), fromOneAddress.contains(r.id()), repeated.contains(r.id())))
                .toList();
    }

    /**
     * An officer leaves a submitted response out of insight as a suspected flood, saying why (decision 032). It
     * stays stored; its status becomes EXCLUDED, which every count of submitted responses reads, and the audit
     * trail records who did it and why.
     */
    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public void exclude(long responseId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new TranslatableException("response.exclude.reason");
        }
        Response response = responses.findById(responseId).filter(Response::isSubmitted)
                .orElseThrow(() -> new TranslatableException("response.not-found"));
        response.exclude();
        responses.saveAndFlush(response);
        floods.recordExclusion(responseId, why, accounts.currentUserId().orElse(null), clock.instant());
        events.publishEvent(new ResponseExcluded(responseId, response.consultationId(), why));
        events.publishEvent(new Audited(AuditActions.RESPONSE_EXCLUDED, "response " + response.reference()
                + " (consultation " + response.consultationId() + ")", why));
    }

    /** Why an officer excluded a response, if they did. */
    @PreAuthorize(Roles.IS_OFFICER)
    public Optional<String> exclusionReason(long responseId) {
        return Optional.ofNullable(floods.exclusionReason(responseId));
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public long countResponses(long consultationId, ResponseFilter filter) {
        return responses.count(matching(consultationId, filter));
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public ResponseDetails response(long responseId) {
        Response r = responses.findById(responseId).filter(Response::isSubmitted)
                .orElseThrow(() -> new TranslatableException("response.not-found"));
        return new ResponseDetails(r.id(), r.consultationId(), r.reference(), r.submittedAt(), r.channel(),
                r.areaId(), r.consentToQuote(), r.attribution(), r.enteredById() != null,
                r.answers().stream().map(Answer::input).toList(), r.equality(), r.language());
    }

    private static Specification<Response> matching(long consultationId, ResponseFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("consultationId"), consultationId));
            where.add(cb.equal(root.get("status"), Response.Status.SUBMITTED));
            ZoneId zone = ZoneId.systemDefault();
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("submittedAt"), filter.from().atStartOfDay(zone).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("submittedAt"), filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            if (filter.channel() != null) {
                where.add(cb.equal(root.get("channel"), filter.channel()));
            }
            if (filter.areaId() != null) {
                where.add(cb.equal(root.get("areaId"), filter.areaId()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String areaOf(ConsultationDetails consultation, SubmissionRequest request) {
        return consultation.questions().stream().filter(q -> q.type() == QuestionType.AREA)
                .map(q -> request.answer(q.id())).filter(a -> a != null && a.text() != null && !a.text().isBlank())
                .map(AnswerInput::text).findFirst().orElse(null);
    }

    private static List<String> freeTexts(ConsultationDetails consultation, SubmissionRequest request) {
        return consultation.questions().stream().filter(q -> q.type() == QuestionType.FREE_TEXT)
                .map(q -> request.answer(q.id())).filter(a -> a != null && a.text() != null)
                .map(AnswerInput::text).toList();
    }

    private static String excerpt(ConsultationDetails consultation, Response response) {
        return consultation.questions().stream().filter(q -> q.type() == QuestionType.FREE_TEXT)
                .map(q -> response.answers().stream().filter(a -> a.questionId() == q.id()).findFirst().orElse(null))
                .filter(a -> a != null && a.textValue() != null).map(Answer::textValue).findFirst()
                .map(t -> t.length() > EXCERPT_LENGTH ? t.substring(0, EXCERPT_LENGTH - 1) + "…" : t).orElse("");
    }

    private String newReference() {
        return References.unused(responses::existsByReference);
    }

    private SubmissionReceipt receipt(Response response) {
        return receipt(response, consultations.publicTitle(response.consultationId()));
    }

    private static SubmissionReceipt receipt(Response response, String title) {
        return new SubmissionReceipt(response.reference(), response.consultationId(), title, response.submittedAt());
    }
}
