package org.tellus.consultation;

import java.time.LocalDate;
import java.util.List;

public record ConsultationDetails(long id, String title, String summary, ConsultationStatus status,
                                  Audience audience, LocalDate opensOn, LocalDate closesOn,
                                  boolean equalityMonitoring, boolean questionsLocked, String resultsSummary,
                                  List<QuestionDetails> questions) {

    /** Answers are taken while open and within the dates, if set. */
    public boolean acceptsAnswers(LocalDate today) {
        return status == ConsultationStatus.OPEN
                && (opensOn == null || !today.isBefore(opensOn))
                && (closesOn == null || !today.isAfter(closesOn));
    }

    public QuestionDetails question(long questionId) {
        return questions.stream().filter(q -> q.id() == questionId).findFirst().orElse(null);
    }

    /** Paragraphs of the plain-text summary, split on blank lines. */
    public List<String> summaryParagraphs() {
        return java.util.Arrays.stream(summary.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
