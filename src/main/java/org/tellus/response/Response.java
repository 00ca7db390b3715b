package org.tellus.response;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Entity
@Table(name = "response")
class Response {

    /** EXCLUDED: submitted, then left out of insight by an officer as a suspected flood (decision 032). */
    enum Status { DRAFT, SUBMITTED, EXCLUDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long consultationId;
    private String reference;
    private String submissionKey;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private Long respondentId;
    private Long enteredById;
    private String areaId;
    private boolean consentToQuote;
    private String attribution;
    private Instant submittedAt;
    private String originKey;
    private String textFingerprint;
    private Instant updatedAt = Instant.now();
    @Version
    private long version;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 50)
    private List<Answer> answers = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "response_equality", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "item")
    @Column(name = "answer")
    private Map<String, String> equality = new HashMap<>();

    /** The tag of the language the questions were shown in (decision 035). */
    private String language = "en-GB";

    protected Response() {
    }

    Response(long consultationId, String submissionKey, Channel channel) {
        this.consultationId = consultationId;
        this.submissionKey = submissionKey;
        this.channel = channel;
        this.status = Status.DRAFT;
    }

    /** Replaces every answer with the request's: a draft saved again, or the final submission. */
    void fill(SubmissionRequest request, String areaFromAnswers) {
        // Update in place: replacing rows would insert before Hibernate deletes, breaking (response, question) uniqueness.
        Map<Long, AnswerInput> given = new HashMap<>();
        request.answers().stream().filter(a -> !a.isEmpty()).forEach(a -> given.put(a.questionId(), a));
        answers.removeIf(a -> !given.containsKey(a.questionId()));
        answers.forEach(a -> a.update(given.remove(a.questionId())));
        given.values().forEach(a -> answers.add(new Answer(this, a)));
        equality.clear();
        equality.putAll(request.equality());
        consentToQuote = request.consentToQuote();
        language = request.language();
        areaId = areaFromAnswers;
        updatedAt = Instant.now();
    }

    void submit(String newReference, Instant at) {
        status = Status.SUBMITTED;
        reference = newReference;
        // The column keeps milliseconds; keep the same here so a receipt reads the same before and after storing.
        submittedAt = at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    void recordRespondent(Long userId) {
        respondentId = userId;
    }

    void recordEnteredBy(Long userId) {
        enteredById = userId;
    }

    void attribute(String source) {
        attribution = source;
    }

    /**
     * Takes the person out of this response (decision 031): no link to an account, a new reference and key, no
     * equality answers, no trace of the address it came from, and, unless they consented to their words being used,
     * no free text (those answers go, and so do their "other" texts and the text's fingerprint). What is left are choices and ratings that say nothing about who gave them.
     */
    void anonymise(java.util.Set<Long> freeTextQuestions, String newReference, String newKey) {
        respondentId = null;
        reference = newReference;
        submissionKey = newKey;
        equality.clear();
        originKey = null; // the keyed hash of the address it came from (decision 032) links it to their others
        if (!consentToQuote) {
            answers.removeIf(a -> freeTextQuestions.contains(a.questionId()));
            answers.forEach(Answer::forgetOtherText);
            textFingerprint = null;
        }
        updatedAt = Instant.now();
    }

    /** Stored for good: submitted, whether or not an officer later excluded it from insight. */
    boolean isSubmitted() {
        return status == Status.SUBMITTED || status == Status.EXCLUDED;
    }

    boolean isExcluded() {
        return status == Status.EXCLUDED;
    }

    /** Where an online answer came from (a keyed hash, never the address) and its free text's fingerprint. */
    void trace(String origin, String fingerprint) {
        originKey = origin;
        textFingerprint = fingerprint;
    }

    void exclude() {
        if (status != Status.SUBMITTED) {
            throw new org.tellus.base.TranslatableException("response.exclude.not-counted");
        }
        status = Status.EXCLUDED;
    }

    Long id() { return id; }
    long consultationId() { return consultationId; }
    String reference() { return reference; }
    String submissionKey() { return submissionKey; }
    Channel channel() { return channel; }
    String areaId() { return areaId; }
    boolean consentToQuote() { return consentToQuote; }
    String attribution() { return attribution; }
    Instant submittedAt() { return submittedAt; }
    Long enteredById() { return enteredById; }
    Status status() { return status; }
    String language() { return language; }
    List<Answer> answers() { return answers; }
    Map<String, String> equality() { return Map.copyOf(equality); }

    SubmissionRequest asRequest() {
        return new SubmissionRequest(consultationId, submissionKey, answers.stream().map(Answer::input).toList(),
                equality, consentToQuote, channel, null, language);
    }
}
