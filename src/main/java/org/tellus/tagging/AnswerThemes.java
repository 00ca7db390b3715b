package org.tellus.tagging;

import java.util.List;

/** The machine's themes for one free-text answer, strongest first. */
public record AnswerThemes(long answerId, long questionId, String modelVersion, List<MachineTag> tags) {

    /** One theme with its confidence and the words that drove it ("bus, fares"). */
    public record MachineTag(String themeId, double confidence, String explanation) {
    }
}
