package org.tellus.response;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One of a person's responses or drafts, as they download it with their data: every answer with its question's
 * wording, and their equality-monitoring answers.
 */
public record ResponseData(long consultationId, String consultationTitle, String reference, boolean submitted,
                           String channel, Instant submittedAt, String areaId, boolean consentToQuote,
                           List<AnswerData> answers, Map<String, String> equality) {

    public ResponseData {
        answers = List.copyOf(answers);
        equality = Map.copyOf(equality);
    }

    /** An answer: the question's wording, and what was typed, rated or chosen (option ids, in rank order). */
    public record AnswerData(long questionId, String question, String text, Integer number, List<Long> optionIds,
                             String otherText) {
    }
}
