package org.tellus.plan;

import java.util.List;

/**
 * What an import would do, or why it is refused: every bad row with its file and row number (the header is row 1,
 * as a spreadsheet shows it). With any error nothing is imported.
 */
public record TaxonomyPreview(List<RowError> errors, Counts priorities, Counts themes, Counts areas) {

    public TaxonomyPreview {
        errors = List.copyOf(errors);
    }

    public boolean acceptable() {
        return errors.isEmpty();
    }

    /** How many rows of a file are new and how many change an existing item. */
    public record Counts(int added, int changed) {
    }

    /** One refused row: {@code key} and {@code params} are the message, as a TranslatableException carries it. */
    public record RowError(String file, long row, String key, List<Object> params) {

        public RowError {
            params = List.copyOf(params);
        }
    }
}
