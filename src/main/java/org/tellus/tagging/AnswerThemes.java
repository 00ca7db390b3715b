package org.tellus.tagging;

import java.util.List;

/**
 * The machine's themes for one free-text answer, strongest first.
 *
 * @param notThemedLanguage the UI language tag (such as "cy") of an answer written in a language the tagger does not
 *                          read, which therefore has no themes; null for an answer the tagger read
 */
public record AnswerThemes(long answerId, long questionId, String modelVersion, List<MachineTag> tags,
                           String notThemedLanguage) {

    /** One theme with its confidence and the words that drove it ("bus, fares"). */
    public record MachineTag(String themeId, double confidence, String explanation) {
    }
}
