package org.tellus.tagging.engine;

import org.springframework.modulith.NamedInterface;

import java.util.Objects;
import java.util.Set;

/** A text with the themes a person gave it; an empty set means "read, and no theme applies". */
// A named interface of tagging: review retrains the model from labelled texts and reads its figures.
@NamedInterface("training")
public record LabelledText(String id, String text, Set<String> themes) {
    public LabelledText {
        Objects.requireNonNull(text, "text");
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }
}
