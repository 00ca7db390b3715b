package org.tellus.insight.export;

import java.io.IOException;
import java.util.List;

/** Writes tables into one file, a row at a time. Cells are strings, numbers (Long, Double) or null (empty). */
interface TableWriter {

    void table(String name, List<String> headers) throws IOException;

    void row(List<?> cells) throws IOException;

    /** Completes the file; the output stream stays open for its owner to close. */
    void finish() throws IOException;
}
