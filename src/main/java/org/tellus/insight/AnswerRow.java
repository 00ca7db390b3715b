package org.tellus.insight;

import java.time.LocalDateTime;

/**
 * One answer of one response, as the officer's response export writes it: no respondent's identity and no
 * equality answers. {@code finalThemes} are what every count uses; the machine's suggestion and its confidence
 * (both in theme order, "; "-separated) are read from the machine's own tags, kept apart from officers' decisions.
 *
 * @param submittedAt UTC
 */
public record AnswerRow(String consultation, String reference, LocalDateTime submittedAt, String channel, String area,
                        boolean consentToQuote, String question, String answer, String otherText, String finalThemes,
                        String machineThemes, String machineConfidences) {
}
