package org.tellus.plan;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads and writes the taxonomy CSV files (the columns of /work/shared/taxonomy, decision 033). */
final class TaxonomyCsv {

    static final List<String> PRIORITY_COLUMNS = List.of("id", "plan", "group", "name", "ambition");
    static final List<String> THEME_COLUMNS = List.of("id", "name", "description", "priorities", "starter_keywords");
    static final List<String> AREA_COLUMNS = List.of("id", "name");
    /** Optional in areas.csv: an official code such as the ONS ward code. */
    static final String AREA_CODE = "code";

    /** A data row: its row number as a spreadsheet shows it (header = 1) and its cells by column. */
    record Row(long number, Map<String, String> cells) {

        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** The header and rows of one file; a header without a required column gives no rows and the missing columns. */
    record Parsed(List<String> header, List<Row> rows, List<String> missing) {
    }

    private TaxonomyCsv() {
    }

    static Parsed parse(String text, List<String> required) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(false).get();
        try (var parser = format.parse(new StringReader(body))) {
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
            List<Row> rows = new ArrayList<>();
            if (missing.isEmpty()) {
                for (CSVRecord record : parser) {
                    // The parser's line number is where the record ends; a quoted cell may span lines.
                    rows.add(new Row(record.getRecordNumber() + 1, record.toMap().entrySet().stream()
                            .collect(java.util.stream.Collectors.toMap(e -> e.getKey().strip(),
                                    e -> e.getValue() == null ? "" : e.getValue(), (a, b) -> a))));
                }
            }
            return new Parsed(header, rows, missing);
        }
    }

    static List<String> list(String cell) {
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The built-in demo taxonomy (Stockport's, in the jar). */
    static TaxonomyFiles demo() {
        return new TaxonomyFiles(resource(TaxonomyFiles.PRIORITIES_FILE), resource(TaxonomyFiles.THEMES_FILE),
                resource(TaxonomyFiles.AREAS_FILE));
    }

    private static String resource(String file) {
        try (InputStream in = new ClassPathResource("taxonomy/" + file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read taxonomy/" + file, e);
        }
    }
}
