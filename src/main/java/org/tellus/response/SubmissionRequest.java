package org.tellus.response;

import java.util.List;
import java.util.Map;

/**
 * A whole response as the form sends it. {@code submissionKey} is made once per form and sent again with every
 * retry or double click, so the response is stored once whatever happens.
 */
public record SubmissionRequest(long consultationId, String submissionKey, List<AnswerInput> answers,
                                Map<String, String> equality, boolean consentToQuote, Channel channel) {

    public SubmissionRequest {
        answers = answers == null ? List.of() : List.copyOf(answers);
        equality = equality == null ? Map.of() : Map.copyOf(equality);
        channel = channel == null ? Channel.ONLINE : channel;
    }

    public AnswerInput answer(long questionId) {
        return answers.stream().filter(a -> a.questionId() == questionId).findFirst().orElse(null);
    }
}
