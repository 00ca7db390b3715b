package org.tellus.response.imports;

import java.util.List;

/**
 * One problem in one row: {@code row} as a spreadsheet numbers it (the header is row 1), the column's
 * {@code header}, the question's {@code prompt} when the problem is an answer, and a translation key with its
 * parameters.
 */
public record RowError(int row, String header, String prompt, String key, List<Object> params) {

    public RowError {
        params = params == null ? List.of() : List.copyOf(params);
    }

    public Object[] paramArray() {
        return params.toArray();
    }
}
