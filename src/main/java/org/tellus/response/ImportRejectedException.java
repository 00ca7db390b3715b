package org.tellus.response;

import org.tellus.base.TranslatableException;
import org.tellus.response.InvalidAnswersException.FieldError;

import java.util.Map;

/** An import with bad rows: nothing was stored. Maps each bad row (0-based) to its problems by question. */
public class ImportRejectedException extends TranslatableException {

    private final transient Map<Integer, Map<Long, FieldError>> rowErrors;

    public ImportRejectedException(Map<Integer, Map<Long, FieldError>> rowErrors) {
        super("import.rejected", rowErrors.size());
        this.rowErrors = Map.copyOf(rowErrors);
    }

    public Map<Integer, Map<Long, FieldError>> rowErrors() {
        return rowErrors;
    }
}
