package org.tellus.tagging.engine;

import java.util.List;
import java.util.Objects;

/** A theme of the taxonomy: id, display name, description and starter keywords (all used as cold-start evidence). */
public record Theme(String id, String name, String description, List<String> keywords) {
    public Theme {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("theme id is blank");
        name = name == null ? id : name;
        description = description == null ? "" : description;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
