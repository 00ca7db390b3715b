package org.tellus.response.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tellus.base.TranslatableException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as survey tools export it: a header row, then one row per response. Reads UTF-8 (with or without
 * a byte order mark) or UTF-16 with a byte order mark, and guesses the delimiter from the header row, because
 * spreadsheets in much of Europe save with semicolons. Every problem with the file as a whole becomes a
 * {@link TranslatableException}, never a parser's stack trace.
 */
record CsvTable(List<String> header, List<Row> rows) {

    static final int MAX_BYTES = 50 * 1024 * 1024;
    static final int MAX_ROWS = 100_000;

    /** One data row; {@code number} is the row number a spreadsheet shows (the header is row 1). */
    record Row(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    static CsvTable read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new TranslatableException("import.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new TranslatableException("import.file.too-large", MAX_BYTES / (1024 * 1024));
        }
        String text = decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new TranslatableException("import.file.not-csv");
        }
        if (text.isBlank()) {
            throw new TranslatableException("import.file.empty");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(false).setTrim(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue; // a blank line between rows: nothing to import, but it still counts as a row number
                }
                if (rows.size() == MAX_ROWS) {
                    throw new TranslatableException("import.file.too-many-rows", MAX_ROWS);
                }
                rows.add(new Row((int) record.getRecordNumber(), cells));
            }
            if (header == null || header.stream().allMatch(String::isBlank)) {
                throw new TranslatableException("import.file.no-header");
            }
            return new CsvTable(header, List.copyOf(rows));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException malformed) {
            // commons-csv reports an unclosed quote and similar damage this way.
            throw new TranslatableException("import.file.malformed");
        }
    }

    private static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        return strict(bytes, 0, StandardCharsets.UTF_8);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            // Usually Excel's "CSV" (Windows-1252) or a file that is not text at all.
            throw new TranslatableException("import.file.encoding");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The most frequent of comma, semicolon and tab outside quotes in the header row; comma on a tie. */
    static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
