package org.tellus.tagging.engine;

import java.util.List;

/**
 * One theme given to a text, with the model's confidence (a calibrated-ish probability in [0,1])
 * and the words of the text that drove it, most important first.
 */
public record ThemeTag(String themeId, double confidence, List<String> explainingWords) {
    public ThemeTag {
        explainingWords = explainingWords == null ? List.of() : List.copyOf(explainingWords);
    }

    /** The explaining words joined for an officer, e.g. {@code "bus, fares"}. */
    public String explanation() {
        return String.join(", ", explainingWords);
    }
}
