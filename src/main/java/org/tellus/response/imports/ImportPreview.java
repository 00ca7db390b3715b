package org.tellus.response.imports;

import java.util.List;

/**
 * What an import of a file would do: how its columns are read, which required questions have no column,
 * how many rows it holds, the first rows as they would be stored and every problem in every row.
 */
public record ImportPreview(long consultationId, List<ColumnMatch> columns, List<String> missingQuestions,
                            int rowCount, List<SampleRow> sample, List<RowError> errors) {

    public ImportPreview {
        columns = List.copyOf(columns);
        missingQuestions = List.copyOf(missingQuestions);
        sample = List.copyOf(sample);
        errors = List.copyOf(errors);
    }

    public boolean canImport() {
        return rowCount > 0 && missingQuestions.isEmpty() && errors.isEmpty();
    }
}
