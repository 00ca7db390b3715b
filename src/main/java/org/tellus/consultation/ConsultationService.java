package org.tellus.consultation;

import org.tellus.audit.AuditActions;
import org.tellus.audit.Audited;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.CurrentUser;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Language;
import org.tellus.network.NetworkService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Objects;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Consultations: officers build and run them; anyone may read the open public ones. A network survey (audience
 * {@link Audience#NETWORKS}) exists only for the members of its networks: everyone else, officers included on the
 * resident side, gets "not found" exactly as for a consultation that does not exist; officers manage it in their lists.
 * This service is the feature's boundary: views and other features call it, never the repositories.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ConsultationService {

    /** Consultations are written in English for now; translations add the UI's other languages (decision 035). */
    public static final String ORIGINAL_LANGUAGE = Language.ENGLISH.tag();

    private final ConsultationRepository consultations;
    private final QuestionRepository questions;
    private final Clock clock;
    private final NetworkService networks;
    private final ApplicationEventPublisher events;
    private final ConsultationTranslations translations;

    ConsultationService(ConsultationRepository consultations, QuestionRepository questions, Clock clock,
                        NetworkService networks, ApplicationEventPublisher events,
                        ConsultationTranslations translations) {
        this.translations = translations;
        this.consultations = consultations;
        this.questions = questions;
        this.clock = clock;
        this.networks = networks;
        this.events = events;
    }

    // --- residents (and anyone) ---

    /** Consultations open today for the caller (public ones and their networks' surveys), soonest closing first. */
    @PreAuthorize(Roles.ANYONE)
    public List<ConsultationDetails> openConsultations() {
        LocalDate today = LocalDate.now(clock);
        return Stream.concat(
                        consultations.findByStatusAndAudienceOrderByClosesOnAsc(ConsultationStatus.OPEN, Audience.PUBLIC).stream(),
                        mySurveys(List.of(ConsultationStatus.OPEN)).stream())
                .map(Consultation::details).filter(c -> c.acceptsAnswers(today))
                .sorted(Comparator.comparing(ConsultationDetails::closesOn, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** Published results ("You said, we did") the caller may read, newest first: network surveys' for members only. */
    @PreAuthorize(Roles.ANYONE)
    public List<ConsultationDetails> publishedResults() {
        List<ConsultationStatus> published = List.of(ConsultationStatus.RESULTS_PUBLISHED);
        return Stream.concat(consultations.findByStatusInAndAudienceOrderByCreatedAtDesc(published, Audience.PUBLIC).stream(),
                        mySurveys(published).stream())
                .sorted(Comparator.comparing(Consultation::createdAt).reversed())
                .map(Consultation::details).toList();
    }

    /**
     * Closed consultations the caller may read, with results published or not yet, newest first: the public list
     * shows them with a link to their results or "results not yet published". Network surveys' for members only.
     */
    @PreAuthorize(Roles.ANYONE)
    public List<ConsultationDetails> closedConsultations() {
        List<ConsultationStatus> closed = List.of(ConsultationStatus.CLOSED, ConsultationStatus.RESULTS_PUBLISHED);
        return Stream.concat(consultations.findByStatusInAndAudienceOrderByCreatedAtDesc(closed, Audience.PUBLIC).stream(),
                        mySurveys(closed).stream())
                .sorted(Comparator.comparing(Consultation::createdAt).reversed())
                .map(Consultation::details).toList();
    }

    /**
     * A consultation as a resident sees it: open, closed or with results; never a draft, and a network survey only
     * for a member of one of its networks.
     */
    @PreAuthorize(Roles.ANYONE)
    public ConsultationDetails publicConsultation(long id) {
        return consultations.findById(id).filter(this::reachable).map(Consultation::details)
                .orElseThrow(() -> new TranslatableException("consultation.not-found"));
    }

    /**
     * As {@link #publicConsultation(long)}, in the language asked for (a tag such as "cy") when the consultation is
     * offered in it and its translation is complete; else in its own language (decision 035).
     */
    @PreAuthorize(Roles.ANYONE)
    public LocalisedConsultation publicConsultation(long id, String language) {
        ConsultationDetails original = publicConsultation(id);
        List<String> offered = new ArrayList<>(List.of(ORIGINAL_LANGUAGE));
        ConsultationDetails shown = original;
        String shownIn = ORIGINAL_LANGUAGE;
        for (Language candidate : Language.ALL) {
            if (candidate.tag().equals(ORIGINAL_LANGUAGE)) {
                continue;
            }
            ConsultationTranslations.Texts texts = translations.load(id, candidate.tag());
            if (texts.offered() && texts.complete(original)) {
                offered.add(candidate.tag());
                if (candidate.tag().equals(language)) {
                    shown = texts.applyTo(original);
                    shownIn = candidate.tag();
                }
            }
        }
        return new LocalisedConsultation(shown, shownIn, ORIGINAL_LANGUAGE, offered);
    }

    /**
     * The surveys of one network the caller belongs to: open ones and those with published results. Empty for
     * anyone who is not a member, so it says nothing about a network they cannot see.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<ConsultationDetails> surveysForNetwork(long networkId) {
        if (!myNetworkIds().contains(networkId)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return consultations.findNetworkSurveys(List.of(ConsultationStatus.OPEN, ConsultationStatus.RESULTS_PUBLISHED),
                        Set.of(networkId)).stream().map(Consultation::details)
                .filter(c -> c.status() == ConsultationStatus.RESULTS_PUBLISHED || c.acceptsAnswers(today)).toList();
    }

    private List<Consultation> mySurveys(List<ConsultationStatus> statuses) {
        Set<Long> mine = myNetworkIds();
        return mine.isEmpty() ? List.of() : consultations.findNetworkSurveys(statuses, mine);
    }

    private Set<Long> myNetworkIds() {
        // Anonymous visitors belong to no network (and may not ask the network service).
        return CurrentUser.email().isPresent() ? networks.myNetworkIds() : Set.of();
    }

    private boolean reachable(Consultation consultation) {
        if (consultation.status() == ConsultationStatus.DRAFT) {
            return false;
        }
        if (consultation.audience() == Audience.PUBLIC) {
            return true;
        }
        Set<Long> shared = new HashSet<>(myNetworkIds());
        shared.retainAll(consultation.networkIds());
        return !shared.isEmpty();
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
        // A resident answers only what they may see; an officer enters answers on a member's behalf.
        Consultation consultation = consultations.findById(id)
                .filter(c -> assistedByOfficer ? c.status() != ConsultationStatus.DRAFT : reachable(c))
                .orElseThrow(() -> new TranslatableException("consultation.not-found"));
        ConsultationDetails details = consultation.details();
        // Officers may enter late paper responses to a closed consultation; residents may not answer it.
        boolean officerLateEntry = assistedByOfficer && details.status() == ConsultationStatus.CLOSED;
        if (!details.acceptsAnswers(LocalDate.now(clock)) && !officerLateEntry) {
            throw new TranslatableException("consultation.closed");
        }
        consultation.lockQuestions();
        return consultation.details();
    }

    /**
     * The title of a consultation for receipts: one the caller may read as a resident, or any but a draft for an
     * officer (who enters paper responses). A draft's title, or one of a survey the caller cannot see, is "".
     */
    @PreAuthorize(Roles.ANYONE)
    public String publicTitle(long id) {
        boolean officer = CurrentUser.hasRole(Roles.OFFICER) || CurrentUser.hasRole(Roles.ADMIN);
        return consultations.findById(id)
                .filter(c -> officer ? c.status() != ConsultationStatus.DRAFT : reachable(c))
                .map(Consultation::details).map(ConsultationDetails::title).orElse("");
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
        Set<Long> before = consultation.networkIds();
        ConsultationDetails was = consultation.details();
        consultation.apply(form);
        if (!was.title().equals(consultation.details().title()) || !was.summary().equals(consultation.details().summary())) {
            translations.titleChanged(id);
        }
        if (consultation.status() == ConsultationStatus.OPEN) {
            Set<Long> added = new HashSet<>(consultation.networkIds());
            added.removeAll(before);
            announce(consultation, added);
        }
        return consultation.details();
    }

    @PreAuthorize(Roles.IS_OFFICER)
    public ConsultationForm form(long id) {
        Consultation consultation = find(id);
        ConsultationDetails d = consultation.details();
        ConsultationForm form = ConsultationForm.of(d.title(), d.summary(), d.opensOn(), d.closesOn(), d.equalityMonitoring());
        form.setAudience(d.audience());
        form.setNetworkIds(consultation.networkIds());
        return form;
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
        QuestionDetails was = question.details();
        question.consultation().updateQuestion(question, form);
        questions.flush();
        QuestionDetails now = question.details();
        if (!was.prompt().equals(now.prompt()) || !Objects.equals(was.helpText(), now.helpText())
                || !Objects.equals(was.scaleMinLabel(), now.scaleMinLabel())
                || !Objects.equals(was.scaleMaxLabel(), now.scaleMaxLabel())) {
            translations.questionChanged(questionId);
        }
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
        announce(consultation, consultation.networkIds());
        audit(AuditActions.CONSULTATION_OPENED, consultation);
        return consultation.details();
    }

    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public ConsultationDetails close(long id) {
        Consultation consultation = find(id);
        consultation.close();
        audit(AuditActions.CONSULTATION_CLOSED, consultation);
        return consultation.details();
    }

    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public ConsultationDetails publishResults(long id, String resultsSummary) {
        Consultation consultation = find(id);
        consultation.publishResults(resultsSummary);
        audit(AuditActions.RESULTS_PUBLISHED, consultation);
        return consultation.details();
    }

    // --- translations (decision 035) ---

    /** The languages a consultation may be translated into: the UI's, but its own. */
    @PreAuthorize(Roles.IS_OFFICER)
    public List<TranslationStatus> translationStatus(long id) {
        ConsultationDetails original = find(id).details();
        return Language.ALL.stream().map(Language::tag).filter(tag -> !tag.equals(ORIGINAL_LANGUAGE)).map(tag -> {
            ConsultationTranslations.Texts texts = translations.load(id, tag);
            return new TranslationStatus(tag, texts.complete(original), texts.outOfDate(original), texts.offered());
        }).toList();
    }

    /** The stored translation into a language as a form, blank where nothing is translated yet. */
    @PreAuthorize(Roles.IS_OFFICER)
    public TranslationForm translationForm(long id, String language) {
        checkTranslatable(language);
        ConsultationDetails original = find(id).details();
        ConsultationTranslations.Texts texts = translations.load(id, language);
        TranslationForm form = new TranslationForm();
        form.setTitle(texts.title());
        form.setSummary(texts.summary());
        for (QuestionDetails q : original.questions()) {
            ConsultationTranslations.QuestionText t = texts.questions().get(q.id());
            if (t != null) {
                form.prompts().put(q.id(), t.prompt());
                form.helpTexts().put(q.id(), Objects.requireNonNullElse(t.helpText(), ""));
                form.scaleMinLabels().put(q.id(), Objects.requireNonNullElse(t.scaleMinLabel(), ""));
                form.scaleMaxLabels().put(q.id(), Objects.requireNonNullElse(t.scaleMaxLabel(), ""));
            }
            q.options().forEach(o -> form.optionLabels().put(o.id(), texts.options().getOrDefault(o.id(), "")));
        }
        return form;
    }

    /** Stores an officer's translation into a language, whole; an incomplete one is kept but cannot be offered. */
    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public TranslationStatus saveTranslation(long id, String language, TranslationForm form) {
        checkTranslatable(language);
        if (form.getTitle().isBlank() || form.getTitle().strip().length() > 200) {
            throw new TranslatableException("translation.title.required");
        }
        ConsultationDetails original = find(id).details();
        translations.save(original, language, form);
        return translationStatus(id).stream().filter(s -> s.language().equals(language)).findFirst().orElseThrow();
    }

    /** Offers the consultation in these languages besides its own, only where the translation is complete. */
    @PreAuthorize(Roles.IS_OFFICER)
    @Transactional
    public void offerLanguages(long id, Set<String> languages) {
        List<TranslationStatus> statuses = translationStatus(id);
        for (String language : languages) {
            checkTranslatable(language);
            boolean complete = statuses.stream().anyMatch(s -> s.language().equals(language) && s.complete());
            if (!complete) {
                throw new TranslatableException("translation.offer.incomplete",
                        Language.ofTag(language).map(Language::nativeName).orElse(language));
            }
        }
        translations.offer(id, List.copyOf(languages));
    }

    private static void checkTranslatable(String language) {
        if (language == null || language.equals(ORIGINAL_LANGUAGE)
                || Language.ALL.stream().noneMatch(l -> l.tag().equals(language))) {
            throw new TranslatableException("translation.language.unknown");
        }
    }

    private void audit(String action, Consultation consultation) {
        events.publishEvent(new Audited(action, "consultation " + consultation.id() + ": " + consultation.title()));
    }

    /** Tells the members of these networks that a survey for them is open (after the change commits). */
    private void announce(Consultation consultation, Set<Long> networkIds) {
        if (consultation.audience() == Audience.NETWORKS && !networkIds.isEmpty()) {
            events.publishEvent(new NetworkSurveyOpened(consultation.id(), consultation.title(), networkIds));
        }
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
