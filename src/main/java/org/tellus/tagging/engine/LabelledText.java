package org.tellus.tagging.engine;

import java.util.Objects;
import java.util.Set;

/** A text with the themes a person gave it; an empty set means "read, and no theme applies". */
public record LabelledText(String id, String text, Set<String> themes) {
    public LabelledText {
        Objects.requireNonNull(text, "text");
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }
}
