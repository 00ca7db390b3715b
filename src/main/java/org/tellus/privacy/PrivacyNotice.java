package org.tellus.privacy;

import java.time.Instant;

/** The council's privacy notice: its text (paragraphs split by blank lines) and when it last changed (null: never). */
public record PrivacyNotice(String text, Instant updatedAt) {

    public java.util.List<String> paragraphs() {
        return java.util.Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
