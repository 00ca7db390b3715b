package org.tellus.consultation;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.CurrentUser;
import org.tellus.base.security.Roles;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Consultations: officers build and run them; anyone may read the open public ones.
 * This service is the feature's boundary: views and other features call it, never the repositories.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ConsultationService {

    private final ConsultationRepository consultations;
    private final QuestionRepository questions;
    private final Clock clock;

    ConsultationService(ConsultationRepository consultations, QuestionRepository questions, Clock clock) {
        this.consultations = consultations;
        this.questions = questions;
        this.clock = clock;
    }

    // --- residents (and anyone) ---

    /** Public consultations open today, soonest closing first. */
    @PreAuthorize(Roles.ANYONE)
    public List<ConsultationDetails> openConsultations() {
        LocalDate today = LocalDate.now(clock);
        return consultations.findByStatusAndAudienceOrderByClosesOnAsc(ConsultationStatus.OPEN, Audience.PUBLIC)
                .stream().map(Consultation::details).filter(c -> c.acceptsAnswers(today)).toList();
    }

    /** Public consultations whose results are published ("You said, we did"), newest first. */
    @PreAuthorize(Roles.ANYONE)
    public List<ConsultationDetails> publishedResults() {
        return consultations.findByStatusInAndAudienceOrderByCreatedAtDesc(List.of(ConsultationStatus.RESULTS_PUBLISHED),
                Audience.PUBLIC).stream().map(Consultation::details).toList();
    }

    /** A public consultation as a resident sees it: open, closed or with results; never a draft. */
    @PreAuthorize(Roles.ANYONE)
    public ConsultationDetails publicConsultation(long id) {
        ConsultationDetails details = consultations.findById(id).map(Consultation::details)
                .orElseThrow(() -> new TranslatableException("consultation.not-found"));
        if (details.status() == ConsultationStatus.DRAFT || details.audience() != Audience.PUBLIC) {
            throw new TranslatableException("consultation.not-found");
        }
        return details;
    }

    /**
     * Called by the responses feature inside its submission transaction: checks the consultation takes answers
     * today and locks its questions, so their meaning cannot change under the answers.
     */
    @PreAuthorize(Roles.ANYONE)
    @Transactional
    public ConsultationDetails beginAnswer(long id, boolean assistedByOfficer) {
        if (assistedByOfficer && !CurrentUser.hasRole(Roles.OFFICER) && !CurrentUser.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only officers enter responses on a resident's behalf");
        }
        Consultation consultation = consultations.findById(id)
                .orElseThrow(() -> new TranslatableException("consultation.not-found"));
        ConsultationDetails details = consultation.details();
        if (details.status() == ConsultationStatus.DRAFT) {
            throw new TranslatableException("consultation.not-found");
        }
        // Officers may enter late paper responses to a closed consultation; residents may not answer it.
        boolean officerLateEntry = assistedByOfficer && details.status() == ConsultationStatus.CLOSED;
        if (!details.acceptsAnswers(LocalDate.now(clock)) && !officerLateEntry) {
            throw new TranslatableException("consultation.closed");
        }
        consultation.lockQuestions();
        return consultation.details();
    }

    /** The title of any non-draft consultation, for receipts. */
    @PreAuthorize(Roles.ANYONE)
    public String publicTitle(long id) {
        return consultations.findById(id).map(Consultation::details).map(ConsultationDetails::title).orElse("");
    }

    @PreAuthorize(Roles.ANYONE)
    public boolean acceptsAnswers(ConsultationDetails consultation) {
        return consultation.acceptsAnswers(LocalDate.now(clock));
    }

    // --- officers ---

    @PreAuthorize(Roles.IS_OFFICER)
    public List<ConsultationDetails> allConsultations() {
        return consultations.findAllByOrderByCreatedAtDesc().stream().map(Consultation::details).toList();
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public ConsultationDetails consultation(long id) {
        return find(id).details();
    }

    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public ConsultationDetails create(@Valid ConsultationForm form) {
        return consultations.save(new Consultation(form)).details();
    }

    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public ConsultationDetails update(long id, @Valid ConsultationForm form) {
        Consultation consultation = find(id);
        consultation.apply(form);
        return consultation.details();
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public ConsultationForm form(long id) {
        ConsultationDetails d = find(id).details();
        return ConsultationForm.of(d.title(), d.summary(), d.opensOn(), d.closesOn(), d.equalityMonitoring());
    }

    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public QuestionDetails addQuestion(long consultationId, @Valid QuestionForm form) {
        checkQuestion(form);
        Consultation consultation = find(consultationId);
        Question question = consultation.addQuestion(form);
        consultations.flush();
        return question.details();
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public QuestionForm questionForm(long questionId) {
        return findQuestion(questionId).form();
    }

    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public QuestionDetails updateQuestion(long questionId, @Valid QuestionForm form) {
        checkQuestion(form);
        Question question = findQuestion(questionId);
        question.consultation().updateQuestion(question, form);
        questions.flush();
        return question.details();
    }

    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public void removeQuestion(long questionId) {
        Question question = findQuestion(questionId);
        question.consultation().removeQuestion(question);
    }

    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public void moveQuestion(long questionId, int delta) {
        Question question = findQuestion(questionId);
        question.consultation().move(question, delta);
    }

    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public ConsultationDetails open(long id) {
        Consultation consultation = find(id);
        consultation.open();
        return consultation.details();
    }

    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public ConsultationDetails close(long id) {
        Consultation consultation = find(id);
        consultation.close();
        return consultation.details();
    }

    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public ConsultationDetails publishResults(long id, String resultsSummary) {
        Consultation consultation = find(id);
        consultation.publishResults(resultsSummary);
        return consultation.details();
    }

    private static void checkQuestion(QuestionForm form) {
        QuestionForm q = form.normalised();
        if (q.getType().hasOptions() && q.getOptions().size() < 2) {
            throw new TranslatableException("question.options.too-few");
        }
        if (q.getType().hasOptions() && q.getOptions().stream().distinct().count() < q.getOptions().size()) {
            throw new TranslatableException("question.options.duplicate");
        }
        if (q.getType() == QuestionType.RATING && (q.getScaleMin() == null || q.getScaleMax() == null
                || q.getScaleMin() >= q.getScaleMax() || q.getScaleMax() - q.getScaleMin() > 10)) {
            throw new TranslatableException("question.scale.range");
        }
        if (q.getType() == QuestionType.FREE_TEXT && q.getMaxLength() == null) {
            throw new TranslatableException("question.max-length.range");
        }
    }

    private Consultation find(long id) {
        return consultations.findById(id).orElseThrow(() -> new TranslatableException("consultation.not-found"));
    }

    private Question findQuestion(long id) {
        return questions.findById(id).orElseThrow(() -> new TranslatableException("question.not-found"));
    }
}
