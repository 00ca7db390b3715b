package org.tellus.insight.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV, streamed. One table is written as it is; several tables (a CSV file holds one) are written as one tidy
 * table of table, row, column, value. Text that a spreadsheet would run as a formula is made plain text first.
 */
final class CsvTables implements TableWriter {

    private final CSVPrinter printer;
    private final List<String> tidyHeaders;
    private String table;
    private List<String> headers;

    /** @param tidyHeaders the four headings of the tidy layout, or null to write a single table as it is */
    CsvTables(OutputStream out, List<String> tidyHeaders) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF'); // so that Excel opens it as UTF-8
        printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        this.tidyHeaders = tidyHeaders;
        if (tidyHeaders != null) {
            printer.printRecord(tidyHeaders.stream().map(CsvTables::safe).toList());
        }
    }

    @Override
    public void table(String name, List<String> headers) throws IOException {
        if (tidyHeaders == null && table != null) {
            throw new IllegalStateException("a plain CSV holds one table");
        }
        this.table = name;
        this.headers = headers;
        if (tidyHeaders == null) {
            printer.printRecord(headers.stream().map(CsvTables::safe).toList());
        }
    }

    @Override
    public void row(List<?> cells) throws IOException {
        if (tidyHeaders == null) {
            printer.printRecord(cells.stream().map(CsvTables::text).toList());
            return;
        }
        for (int i = 1; i < cells.size(); i++) {
            List<String> record = new ArrayList<>(List.of(safe(table), text(cells.getFirst()), safe(headers.get(i))));
            record.add(text(cells.get(i)));
            printer.printRecord(record);
        }
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof Number n ? Cells.number(n) : safe(cell.toString());
    }

    /** OWASP's rule for CSV injection: text starting with = + - @ (or a tab or carriage return) gets a leading '. */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
