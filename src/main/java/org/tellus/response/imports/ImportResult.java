package org.tellus.response.imports;

import java.util.List;

/** How an import ended: {@code imported} responses stored, or none and the rows' problems. */
public record ImportResult(int imported, List<RowError> errors) {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
