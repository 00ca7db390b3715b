package org.tellus.response.imports;

/**
 * How one column of the file is read: {@code questionId} and {@code target} (the question's prompt) for a
 * question, {@code target} the item's code for an equality-monitoring column, both null otherwise.
 */
public record ColumnMatch(int column, String header, ColumnKind kind, Long questionId, String target) {
}
