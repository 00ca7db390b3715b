package org.tellus.tagging.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a text into sparse features: stemmed unigrams ({@code w=}), stemmed bigrams over the content words
 * ({@code b=}, stop words skipped so "cost of living" gives "cost liv"; with {@code keepModifiers} negations and
 * degree words count as content words, so "not helpful" gives "not help" and "too long" "too long"), and one
 * feature per theme whose
 * taxonomy keyword occurs in the text ({@code k=theme}). Values are binary or TF-IDF (sublinear, L2-normalised).
 * Immutable and thread-safe.
 */
final class Featurizer {

    /** The features of one text; {@code surfaces[i]} is the text's own words behind feature {@code names[i]}. */
    record Vector(String[] names, float[] values, String[] surfaces) {
        int size() { return names.length; }
    }

    private final boolean bigrams;
    private final boolean keywordFeatures;
    private final boolean keepModifiers;
    private final Map<String, Float> idf; // null: binary values
    private final Map<String, List<KeywordPhrase>> phrasesByFirstStem;
    private final List<KeywordPhrase> phrases;

    record KeywordPhrase(String themeId, String[] stems) {}

    Featurizer(boolean bigrams, boolean keywordFeatures, boolean keepModifiers, Map<String, Float> idf,
               List<KeywordPhrase> phrases) {
        this.bigrams = bigrams;
        this.keepModifiers = keepModifiers;
        this.keywordFeatures = keywordFeatures;
        this.idf = idf == null ? null : Map.copyOf(idf);
        this.phrases = List.copyOf(phrases);
        Map<String, List<KeywordPhrase>> byFirst = new HashMap<>();
        for (KeywordPhrase p : phrases) byFirst.computeIfAbsent(p.stems()[0], k -> new ArrayList<>()).add(p);
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        this.phrasesByFirstStem = Map.copyOf(byFirst);
    }

    static List<KeywordPhrase> phrasesOf(List<Theme> taxonomy) {
        List<KeywordPhrase> out = new ArrayList<>();
        for (Theme t : taxonomy) {
            for (String kw : t.keywords()) {
                List<TextAnalyzer.Token> toks = TextAnalyzer.tokens(kw);
                if (toks.isEmpty()) continue;
                out.add(new KeywordPhrase(t.id(), toks.stream().map(TextAnalyzer.Token::stem).toArray(String[]::new)));
            }
        }
        return out;
    }

    boolean bigrams() { return bigrams; }
    boolean keywordFeatures() { return keywordFeatures; }
    boolean keepModifiers() { return keepModifiers; }
    Map<String, Float> idf() { return idf; }
    List<KeywordPhrase> phrases() { return phrases; }

    /** Raw feature counts (name -> count) with the first surface seen; used for vectors and for IDF. */
    Map<String, Object[]> counts(String text) {
        List<TextAnalyzer.Token> toks = TextAnalyzer.tokens(text);
        LinkedHashMap<String, Object[]> m = new LinkedHashMap<>();
        TextAnalyzer.Token prev = null;
        for (TextAnalyzer.Token t : toks) {
            if (t.stop() && !(keepModifiers && TextAnalyzer.MODIFIERS.contains(t.surface()))) continue;
            add(m, "w=" + t.stem(), t.surface());
            if (bigrams && prev != null) add(m, "b=" + prev.stem() + "_" + t.stem(), prev.surface() + " " + t.surface());
            prev = t;
        }
        if (keywordFeatures && !phrasesByFirstStem.isEmpty()) {
            for (int i = 0; i < toks.size(); i++) {
                List<KeywordPhrase> cands = phrasesByFirstStem.get(toks.get(i).stem());
                if (cands == null) continue;
                for (KeywordPhrase p : cands) {
                    if (matches(toks, i, p.stems())) {
                        StringBuilder surf = new StringBuilder();
                        for (int j = 0; j < p.stems().length; j++) {
                            if (j > 0) surf.append(' ');
                            surf.append(toks.get(i + j).surface());
                        }
                        add(m, "k=" + p.themeId(), surf.toString());
                    }
                }
            }
        }
        return m;
    }

    private static boolean matches(List<TextAnalyzer.Token> toks, int at, String[] stems) {
        if (at + stems.length > toks.size()) return false;
        for (int j = 0; j < stems.length; j++) if (!toks.get(at + j).stem().equals(stems[j])) return false;
        return true;
    }

    private static void add(Map<String, Object[]> m, String name, String surface) {
        Object[] e = m.get(name);
        if (e == null) m.put(name, new Object[] {1, surface});
        else e[0] = (Integer) e[0] + 1;
    }

    Vector vector(String text) {
        Map<String, Object[]> m = counts(text);
        int n = m.size();
        String[] names = new String[n];
        float[] values = new float[n];
        String[] surfaces = new String[n];
        int i = 0;
        double norm = 0;
        for (Map.Entry<String, Object[]> e : m.entrySet()) {
            names[i] = e.getKey();
            surfaces[i] = (String) e.getValue()[1];
            float v = 1f;
            if (idf != null && !e.getKey().startsWith("k=")) {
                int tf = (Integer) e.getValue()[0];
                Float w = idf.get(e.getKey());
                v = (float) ((1 + Math.log(tf)) * (w == null ? 1f : w));
                norm += v * v;
            }
            values[i++] = v;
        }
        if (idf != null && norm > 0) {
            // L2-normalise the word features; keyword features keep value 1; scale so an average text's
            // word features have the same magnitude as binary ones would (sqrt of count)
            double scale = Math.sqrt(countWordFeatures(names)) / Math.sqrt(norm);
            for (int k = 0; k < n; k++) if (!names[k].startsWith("k=")) values[k] = (float) (values[k] * scale);
        }
        return new Vector(names, values, surfaces);
    }

    private static int countWordFeatures(String[] names) {
        int c = 0;
        for (String s : names) if (!s.startsWith("k=")) c++;
        return c;
    }

    static Map<String, Float> computeIdf(Featurizer binary, List<String> texts) {
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) for (String f : binary.counts(t).keySet()) df.merge(f, 1, Integer::sum);
        Map<String, Float> idf = new HashMap<>();
        int n = texts.size();
        df.forEach((f, d) -> idf.put(f, (float) (Math.log((1.0 + n) / (1.0 + d)) + 1.0)));
        return idf;
    }
}
