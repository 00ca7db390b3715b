package org.tellus.tagging.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What ships for cold start, read from the classpath: the default taxonomy ({@code /taxonomy/themes.csv}) and the
 * starter examples under {@code /tagging/starter/} (bg2050 comments, CC BY 4.0, see ATTRIBUTION.txt there; and
 * residents' quotes from the council's plan, mapped to themes by hand).
 */
public final class StarterData {

    static final String TAXONOMY = "/taxonomy/themes.csv";
    static final List<String> STARTER_FILES = List.of("/tagging/starter/bg2050.csv", "/tagging/starter/seed-quotes.csv");

    private StarterData() {}

    public static List<Theme> defaultTaxonomy() {
        try (InputStream in = open(TAXONOMY)) {
            return List.copyOf(LabelledCsv.readTaxonomy(new InputStreamReader(in, StandardCharsets.UTF_8), TAXONOMY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every shipped labelled example (ids are prefixed with the file name so they stay unique). */
    public static List<LabelledText> starterExamples() {
        List<LabelledText> out = new ArrayList<>();
        for (String f : STARTER_FILES) {
            String prefix = f.substring(f.lastIndexOf('/') + 1).replace(".csv", "") + ":";
            try (InputStream in = open(f)) {
                for (LabelledText t : LabelledCsv.readLabelled(new InputStreamReader(in, StandardCharsets.UTF_8), f)) {
                    out.add(new LabelledText(prefix + t.id(), t.text(), t.themes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The starter examples plus extra (e.g. officer-labelled) ones; a starter example whose normalised text equals
     * an extra example's text is left out, so the extra label wins and the text is not counted twice.
     */
    public static List<LabelledText> starterExamplesWith(List<LabelledText> extra) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (LabelledText e : extra) keys.add(TextAnalyzer.dedupeKey(e.text()));
        List<LabelledText> out = new ArrayList<>();
        for (LabelledText s : starterExamples()) if (!keys.contains(TextAnalyzer.dedupeKey(s.text()))) out.add(s);
        out.addAll(extra);
        return List.copyOf(out);
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = StarterData.class.getResourceAsStream(resource);
        if (in == null) throw new IOException("missing classpath resource " + resource);
        return in;
    }
}
