package org.tellus.tagging.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.tellus.tagging.engine.ThemeModel;

/**
 * How fast a trained model works on all cores, after warm-up: texts tagged per second from text (embedding
 * included), and texts re-tagged per second from stored sentence vectors.
 */
record Speeds(double fromText, double fromVectors) {

    /** From-vector speed is timed over at least this many texts (the test texts repeated). */
    static final int RETAG_TEXTS = 100_000;
    /** Embedding is about 500 times slower: fewer texts give the same precision in reasonable time. */
    static final int FROM_TEXT_TEXTS = 2_000;

    static Speeds measure(ThemeModel model, List<String> texts) {
        if (texts.isEmpty()) return new Speeds(0, 0);
        boolean embeds = model.embeddingModel().isPresent();
        // distinct texts, so no cache can make the from-text figure look better than a new answer would see
        List<String> fresh = distinct(texts, embeds ? FROM_TEXT_TEXTS : RETAG_TEXTS);
        model.readAll(fresh.subList(0, Math.min(200, fresh.size())));
        long t0 = System.nanoTime();
        List<ThemeModel.Reading> r = model.readAll(fresh);
        double fromText = fresh.size() / seconds(t0);
        if (r.size() != fresh.size()) throw new IllegalStateException("lost texts");

        List<String> distinctTexts = texts.stream().distinct().toList();
        List<float[]> stored = model.embedAll(distinctTexts);
        List<String> many = new ArrayList<>(RETAG_TEXTS + texts.size());
        List<float[]> manyVectors = new ArrayList<>(RETAG_TEXTS + texts.size());
        while (many.size() < RETAG_TEXTS) {
            many.addAll(distinctTexts);
            manyVectors.addAll(stored);
        }
        for (int warm = 0; warm < 2; warm++) {
            int n = Math.min(many.size(), 30_000);
            model.readAll(many.subList(0, n), manyVectors.subList(0, n));
        }
        t0 = System.nanoTime();
        model.readAll(many, manyVectors);
        double fromVectors = many.size() / seconds(t0);
        return new Speeds(fromText, fromVectors);
    }

    /** Up to n texts that differ, made from the given ones by numbering repeats ("text (2)"). */
    private static List<String> distinct(List<String> texts, int n) {
        List<String> out = new ArrayList<>(n);
        for (int round = 1; out.size() < n; round++) {
            for (String t : texts) {
                if (out.size() >= n) break;
                out.add(round == 1 ? t : t + " (" + round + ")");
            }
        }
        return out;
    }

    private static double seconds(long t0) { return (System.nanoTime() - t0) / 1e9; }
}
