package org.tellus.insight.summary;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes rows as multi-row INSERTs of a few hundred rows each. A recount touches thousands of cells, and a JDBC
 * batch of single-row statements costs a round trip a row with this driver: measured, the recount of a million
 * responses went from about 200 responses a second to about 6,000 (docs/benchmarks.md).
 */
final class MultiRowInsert {

    private static final int ROWS_PER_STATEMENT = 500;

    private MultiRowInsert() {
    }

    /** {@code insert} ends with "VALUES "; {@code tail} follows the rows (e.g. ON DUPLICATE KEY UPDATE ...). */
    static void run(JdbcClient jdbc, String insert, String tail, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String row = "(" + String.join(", ", Collections.nCopies(chunk.get(0).length, "?")) + ")";
            List<Object> args = new ArrayList<>(chunk.size() * chunk.get(0).length);
            chunk.forEach(r -> args.addAll(java.util.Arrays.asList(r)));
            jdbc.sql(insert + String.join(", ", Collections.nCopies(chunk.size(), row)) + tail)
                    .params(args.toArray()).update();
        }
    }
}
