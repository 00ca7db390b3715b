package org.tellus.response;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A submitted response as an officer reads it. {@code attribution} credits text that came from public data;
 * {@code language} is the tag of the language it was answered in (decision 035).
 */
public record ResponseDetails(long id, long consultationId, String reference, Instant submittedAt, Channel channel,
                              String areaId, boolean consentToQuote, String attribution, boolean enteredByOfficer,
                              List<AnswerInput> answers, Map<String, String> equality, String language) {

    public AnswerInput answer(long questionId) {
        return answers.stream().filter(a -> a.questionId() == questionId).findFirst().orElse(null);
    }
}
