package org.tellus.response;

import java.util.List;

/**
 * One answer as typed or chosen: free text and area in {@code text}, a rating in {@code number},
 * chosen options in {@code optionIds} (in rank order for a ranking), an "other, please say" in {@code otherText}.
 */
public record AnswerInput(long questionId, String text, Integer number, List<Long> optionIds, String otherText) {

    public AnswerInput {
        optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
    }

    public static AnswerInput text(long questionId, String text) {
        return new AnswerInput(questionId, text, null, List.of(), null);
    }

    public static AnswerInput number(long questionId, int number) {
        return new AnswerInput(questionId, null, number, List.of(), null);
    }

    public static AnswerInput options(long questionId, List<Long> optionIds, String otherText) {
        return new AnswerInput(questionId, null, null, optionIds, otherText);
    }

    boolean isEmpty() {
        return (text == null || text.isBlank()) && number == null && optionIds.isEmpty()
                && (otherText == null || otherText.isBlank());
    }
}
