package org.tellus.tagging.engine;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the labelled-text CSV format ({@code id,text,themes}, themes separated by ';', empty = no theme) and
 * taxonomy CSVs ({@code id} plus optional {@code name}, {@code description}, {@code starter_keywords} or
 * {@code keywords}). Malformed input raises {@link IllegalArgumentException} with a one-line message.
 */
public final class LabelledCsv {

    private LabelledCsv() {}

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false).get();

    public static List<LabelledText> readLabelled(Reader reader, String source) throws IOException {
        try (CSVParser p = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> header = p.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
            if (!header.equals(List.of("id", "text", "themes"))) {
                throw new IllegalArgumentException(source + ": header must be id,text,themes but is " + String.join(",", header));
            }
            List<LabelledText> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (CSVRecord r : p) {
                if (r.size() != 3) {
                    throw new IllegalArgumentException(source + ": line " + p.getCurrentLineNumber() + " has " + r.size() + " fields, expected 3");
                }
                String id = r.get(0);
                if (!seen.add(id)) throw new IllegalArgumentException(source + ": duplicate id " + id);
                out.add(new LabelledText(id, r.get(1), splitThemes(r.get(2))));
            }
            if (out.isEmpty()) throw new IllegalArgumentException(source + ": no rows");
            return out;
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException(source + ": not valid CSV (" + oneLine(e.getMessage()) + ")");
        }
    }

    static Set<String> splitThemes(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : s.split(";")) if (!t.isBlank()) out.add(t.trim());
        return out;
    }

    public static List<Theme> readTaxonomy(Reader reader, String source) throws IOException {
        try (CSVParser p = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Map<String, Integer> h = p.getHeaderMap();
            Map<String, Integer> header = new java.util.HashMap<>();
            h.forEach((k, v) -> header.put(k.replace("\uFEFF", "").trim(), v));
            if (!header.containsKey("id")) throw new IllegalArgumentException(source + ": taxonomy header needs an id column");
            Integer name = header.get("name"), desc = header.get("description");
            Integer kw = header.containsKey("starter_keywords") ? header.get("starter_keywords") : header.get("keywords");
            List<Theme> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (CSVRecord r : p) {
                String id = r.get(header.get("id")).trim();
                if (id.isEmpty()) throw new IllegalArgumentException(source + ": empty theme id on line " + p.getCurrentLineNumber());
                if (!seen.add(id)) throw new IllegalArgumentException(source + ": duplicate theme id " + id);
                List<String> keywords = kw == null || kw >= r.size() ? List.of()
                        : Arrays.stream(r.get(kw).split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
                out.add(new Theme(id, get(r, name, id), get(r, desc, ""), keywords));
            }
            if (out.isEmpty()) throw new IllegalArgumentException(source + ": no themes");
            return out;
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException(source + ": not valid CSV (" + oneLine(e.getMessage()) + ")");
        }
    }

    private static String get(CSVRecord r, Integer col, String dflt) {
        return col == null || col >= r.size() ? dflt : r.get(col);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }
}
