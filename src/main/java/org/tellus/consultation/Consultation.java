package org.tellus.consultation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tellus.base.TranslatableException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "consultation")
class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String summary;
    @Enumerated(EnumType.STRING)
    private ConsultationStatus status = ConsultationStatus.DRAFT;
    @Enumerated(EnumType.STRING)
    private Audience audience = Audience.PUBLIC;
    @ElementCollection
    @CollectionTable(name = "consultation_network", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "network_id")
    private Set<Long> networkIds = new HashSet<>();
    private LocalDate opensOn;
    private LocalDate closesOn;
    private boolean equalityMonitoring;
    /** Set with the first response: from then on questions keep their meaning. */
    private boolean questionsLocked;
    private String resultsSummary;
    private Instant createdAt = Instant.now();
    @Version
    private long version;

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected Consultation() {
    }

    Consultation(ConsultationForm form) {
        apply(form);
    }

    void apply(ConsultationForm form) {
        if (form.getOpensOn() != null && form.getClosesOn() != null && form.getClosesOn().isBefore(form.getOpensOn())) {
            throw new TranslatableException("consultation.dates.order");
        }
        if (questionsLocked && equalityMonitoring && !form.isEqualityMonitoring()) {
            throw new TranslatableException("consultation.locked.equality");
        }
        title = form.getTitle().strip();
        summary = form.getSummary().strip();
        opensOn = form.getOpensOn();
        closesOn = form.getClosesOn();
        equalityMonitoring = form.isEqualityMonitoring();
        applyAudience(form);
    }

    /**
     * Once people have answered, the audience may only widen: narrowing it would leave answers from people who
     * can no longer see the consultation (a public one cannot become a network survey; no network is taken away).
     */
    private void applyAudience(ConsultationForm form) {
        Audience wanted = form.getAudience() == null ? Audience.PUBLIC : form.getAudience();
        Set<Long> wantedNetworks = wanted == Audience.NETWORKS ? Set.copyOf(form.getNetworkIds()) : Set.of();
        if (wanted == Audience.NETWORKS && wantedNetworks.isEmpty()) {
            throw new TranslatableException("consultation.audience.no-networks");
        }
        boolean narrows = wanted == Audience.NETWORKS
                && (audience == Audience.PUBLIC || !wantedNetworks.containsAll(networkIds));
        if (questionsLocked && narrows) {
            throw new TranslatableException("consultation.locked.audience");
        }
        audience = wanted;
        networkIds.clear();
        networkIds.addAll(wantedNetworks);
    }

    Audience audience() {
        return audience;
    }

    Set<Long> networkIds() {
        return Set.copyOf(networkIds);
    }

    ConsultationStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    Instant createdAt() {
        return createdAt;
    }

    Question addQuestion(QuestionForm form) {
        int next = questions.stream().mapToInt(Question::position).max().orElse(-1) + 1;
        Question question = new Question(this, next, form);
        questions.add(question);
        return question;
    }

    void removeQuestion(Question question) {
        if (questionsLocked) {
            throw new TranslatableException("question.locked.remove");
        }
        questions.remove(question);
    }

    void updateQuestion(Question question, QuestionForm form) {
        if (questionsLocked && question.changesMeaning(form)) {
            throw new TranslatableException("question.locked.change");
        }
        question.apply(form);
    }

    /** Moves a question up (-1) or down (+1); reordering does not change meaning, so it is always allowed. */
    void move(Question question, int delta) {
        List<Question> ordered = new ArrayList<>(questions);
        ordered.sort(Comparator.comparingInt(Question::position));
        int from = ordered.indexOf(question);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= ordered.size()) {
            return;
        }
        ordered.remove(from);
        ordered.add(to, question);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
        questions.sort(Comparator.comparingInt(Question::position));
    }

    void open() {
        if (questions.isEmpty()) {
            throw new TranslatableException("consultation.open.no-questions");
        }
        status = ConsultationStatus.OPEN;
    }

    void close() {
        if (status != ConsultationStatus.OPEN) {
            throw new TranslatableException("consultation.close.not-open");
        }
        status = ConsultationStatus.CLOSED;
    }

    void publishResults(String text) {
        if (status != ConsultationStatus.CLOSED && status != ConsultationStatus.RESULTS_PUBLISHED) {
            throw new TranslatableException("consultation.publish.not-closed");
        }
        if (text == null || text.isBlank()) {
            throw new TranslatableException("consultation.publish.empty");
        }
        resultsSummary = text.strip();
        status = ConsultationStatus.RESULTS_PUBLISHED;
    }

    void lockQuestions() {
        questionsLocked = true;
    }

    Long id() {
        return id;
    }

    ConsultationDetails details() {
        return new ConsultationDetails(id, title, summary, status, audience, opensOn, closesOn, equalityMonitoring,
                questionsLocked, resultsSummary, questions.stream().map(Question::details).toList());
    }
}
