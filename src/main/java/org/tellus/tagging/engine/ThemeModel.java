package org.tellus.tagging.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained multi-label theme tagger. Immutable and thread-safe: tagging only reads final arrays and maps.
 *
 * <p>For each theme the model holds the weights of a binary logistic (maxent) model trained by OpenNLP; the
 * probability of theme l for a text with feature values x is sigmoid(bias_l + sum_f x_f w_fl). A theme is tagged
 * when its probability reaches its threshold; when no theme does, the most probable theme is still tagged if its
 * probability reaches {@code topThreshold} (the "top label" rule). A theme that no word of the text speaks for
 * (only its prior would give it) is never tagged. The explanation of a tag lists the text's words
 * whose features pushed that theme's score up most.
 *
 * <p>A model trained with a sentence-embedding model also holds an {@link EmbeddingHead}: per theme a logistic model
 * on the text's sentence vector. A theme's probability is then the mix {@code (1 - mix) * p_words + mix * p_meaning}.
 * Tagging from text embeds the text; {@link #read(String, float[])} takes a vector stored earlier instead, so
 * re-tagging never runs the embedding model again. The explanation stays the words of the text (the word half's
 * contributions): a sentence vector has no words to show.
 */
public final class ThemeModel {

    static final int FORMAT_VERSION = 3;
    /** Format 1 (before negation and degree words were features) is still read: stored models keep working. */
    private static final int OLDEST_READABLE_FORMAT = 1;
    private static final String MAGIC = "TELLUS-THEME-MODEL";
    static final int MAX_EXPLAINING_WORDS = 3;

    private final String version;
    private final List<String> themeIds;
    private final Featurizer featurizer;
    private final Map<String, Integer> featureIndex;
    private final float[] weights; // feature-major: weights[f * L + l]
    private final float[] bias;
    private final double[] thresholds;
    private final double topThreshold;
    private final int trainingSize;
    private final EvaluationFigures figures;
    private final EmbeddingHead head; // null: words only (models of format 1 and 2, or trained without embeddings)
    private final double mix;
    private volatile TextEmbedder embedder; // resolved from head.embedder() on first use after reading

    ThemeModel(String version, List<String> themeIds, Featurizer featurizer, Map<String, Integer> featureIndex,
               float[] weights, float[] bias, double[] thresholds, double topThreshold, int trainingSize,
               EvaluationFigures figures) {
        this(version, themeIds, featurizer, featureIndex, weights, bias, thresholds, topThreshold, trainingSize,
                figures, null, 0, null);
    }

    ThemeModel(String version, List<String> themeIds, Featurizer featurizer, Map<String, Integer> featureIndex,
               float[] weights, float[] bias, double[] thresholds, double topThreshold, int trainingSize,
               EvaluationFigures figures, EmbeddingHead head, double mix, TextEmbedder embedder) {
        this.head = head;
        this.mix = mix;
        this.embedder = embedder;
        if (head != null && embedder != null && !head.embedder().equals(embedder.name())) {
            throw new IllegalArgumentException("embedding head of " + head.embedder() + " with embedder " + embedder.name());
        }
        this.version = version;
        this.themeIds = List.copyOf(themeIds);
        this.featurizer = featurizer;
        this.featureIndex = Map.copyOf(featureIndex);
        this.weights = weights;
        this.bias = bias;
        this.thresholds = thresholds;
        this.topThreshold = topThreshold;
        this.trainingSize = trainingSize;
        this.figures = figures;
        if (weights.length != featureIndex.size() * themeIds.size() || bias.length != themeIds.size()
                || thresholds.length != themeIds.size()) {
            throw new IllegalArgumentException("inconsistent model arrays");
        }
    }

    /** Identifies this model: a hash of its training data and settings, so the same training gives the same version. */
    public String version() { return version; }

    public List<String> themeIds() { return themeIds; }

    /** Number of labelled texts (not counting taxonomy pseudo-examples) the model was trained on. */
    public int trainingSize() { return trainingSize; }

    /** The figures this model was evaluated with, when attached. */
    public Optional<EvaluationFigures> figures() { return Optional.ofNullable(figures); }

    /** The same model with these evaluation figures attached (they are written with the model). */
    public ThemeModel withFigures(EvaluationFigures figures) {
        return new ThemeModel(version, themeIds, featurizer, featureIndex, weights, bias, thresholds, topThreshold,
                trainingSize, figures, head, mix, embedder);
    }

    /** The sentence-embedding model this model reads vectors of; empty for a words-only model. */
    public Optional<String> embeddingModel() {
        return Optional.ofNullable(head).map(EmbeddingHead::embedder);
    }

    /**
     * The sentence vector this model would read for the text (to store it with the text), or null for a words-only
     * model.
     */
    public float[] embed(String text) {
        return head == null ? null : embedder().embed(text == null ? "" : text);
    }

    /** Sentence vectors of many texts using all cores (nulls for a words-only model). */
    public List<float[]> embedAll(List<String> texts) {
        return head == null ? java.util.Collections.nCopies(texts.size(), null) : embedder().embedAll(texts);
    }

    private TextEmbedder embedder() {
        TextEmbedder e = embedder;
        if (e == null) embedder = e = OnnxEmbedders.named(head.embedder());
        return e;
    }

    /** The per-theme decision thresholds (in {@link #themeIds()} order). */
    public double[] thresholds() { return thresholds.clone(); }

    /** The top-label threshold; above 1 means the rule is off. */
    public double topThreshold() { return topThreshold; }

    /** Every theme's probability for the text, in {@link #themeIds()} order (e.g. to find uncertain texts). */
    public double[] confidences(String text) {
        return confidences(text, null);
    }

    /** {@link #confidences(String)} with the text's stored sentence vector (null: embed the text now). */
    public double[] confidences(String text, float[] vector) {
        String t = text == null ? "" : text;
        return probabilities(featurizer.vector(t), vectorOf(t, vector));
    }

    private float[] vectorOf(String text, float[] stored) {
        if (head == null) return null;
        return stored != null ? stored : embedder().embed(text);
    }

    double[] probabilities(Featurizer.Vector v, float[] sentenceVector) {
        double[] p = wordProbabilities(v);
        if (head == null) return p;
        double[] q = head.probabilities(sentenceVector);
        for (int l = 0; l < p.length; l++) p[l] = (1 - mix) * p[l] + mix * q[l];
        return p;
    }

    private double[] wordProbabilities(Featurizer.Vector v) {
        int L = themeIds.size();
        double[] s = new double[L];
        for (int l = 0; l < L; l++) s[l] = bias[l];
        String[] names = v.names();
        float[] values = v.values();
        for (int i = 0; i < names.length; i++) {
            Integer f = featureIndex.get(names[i]);
            if (f == null) continue;
            int base = f * L;
            float x = values[i];
            for (int l = 0; l < L; l++) s[l] += x * weights[base + l];
        }
        for (int l = 0; l < L; l++) s[l] = 1.0 / (1.0 + Math.exp(-s[l]));
        return s;
    }

    /** The themes of a text, most confident first; empty when none applies. */
    public List<ThemeTag> tag(String text) {
        return read(text).tags();
    }

    /**
     * The themes of a text and how sure the model is of them.
     *
     * @param certainty the margin of the closest decision: the smallest gap between a theme's probability and its
     *                  threshold (and, when the top-label rule decided, between the top probability and
     *                  {@link #topThreshold()}). Near 0 means one theme was almost decided the other way.
     * @param uncertainTheme the theme of that closest decision: an officer's answer teaches the model most about it
     *                  (the review queue spreads its questions over these, so rare themes get examples too)
     */
    public record Reading(List<ThemeTag> tags, double certainty, String uncertainTheme) {
    }

    /** {@link #tag} and the certainty of its decisions, from one pass over the text. */
    public Reading read(String text) {
        return read(text, null);
    }

    /**
     * {@link #read(String)} with the text's sentence vector stored earlier (null: embed the text now). The vector must
     * be of {@link #embeddingModel()}; a words-only model ignores it.
     */
    public Reading read(String text, float[] vector) {
        String t = text == null ? "" : text;
        Featurizer.Vector v = featurizer.vector(t);
        double[] p = probabilities(v, vectorOf(t, vector));
        List<Integer> chosen = decide(p, thresholds, topThreshold);
        double certainty = certainty(p, thresholds, topThreshold);
        String uncertain = themeIds.get(closestDecision(p, thresholds));
        if (chosen.isEmpty()) return new Reading(List.of(), certainty, uncertain);
        List<ThemeTag> tags = new ArrayList<>(chosen.size());
        for (int l : chosen) {
            List<String> words = explain(v, l);
            // no word of the text speaks for the theme (e.g. an empty text and a high prior): no tag
            if (!words.isEmpty()) tags.add(new ThemeTag(themeIds.get(l), p[l], words));
        }
        return new Reading(List.copyOf(tags), certainty, uncertain);
    }

    /** The theme whose probability is nearest its threshold. */
    static int closestDecision(double[] p, double[] thresholds) {
        int closest = 0;
        for (int l = 1; l < p.length; l++) {
            if (Math.abs(p[l] - thresholds[l]) < Math.abs(p[closest] - thresholds[closest])) closest = l;
        }
        return closest;
    }

    /** The margin of the closest decision of {@link #decide} (see {@link Reading#certainty()}). */
    static double certainty(double[] p, double[] thresholds, double topThreshold) {
        double margin = 1.0;
        int best = -1;
        boolean anyAbove = false;
        for (int l = 0; l < p.length; l++) {
            margin = Math.min(margin, Math.abs(p[l] - thresholds[l]));
            anyAbove |= p[l] >= thresholds[l];
            if (best < 0 || p[l] > p[best]) best = l;
        }
        if (!anyAbove && best >= 0 && topThreshold <= 1.0) {
            margin = Math.min(margin, Math.abs(p[best] - topThreshold));
        }
        return margin;
    }

    /** The decision rule: labels at or above their threshold, else the top label if it reaches topThreshold. */
    static List<Integer> decide(double[] p, double[] thresholds, double topThreshold) {
        List<Integer> out = new ArrayList<>();
        int best = -1;
        for (int l = 0; l < p.length; l++) {
            if (p[l] >= thresholds[l]) out.add(l);
            if (best < 0 || p[l] > p[best]) best = l;
        }
        if (out.isEmpty() && best >= 0 && p[best] >= topThreshold) out.add(best);
        out.sort((a, b) -> Double.compare(p[b], p[a]));
        return out;
    }

    private List<String> explain(Featurizer.Vector v, int l) {
        int L = themeIds.size();
        String[] names = v.names();
        int n = names.length;
        double[] contrib = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            Integer f = featureIndex.get(names[i]);
            contrib[i] = f == null ? 0 : v.values()[i] * weights[f * L + l];
        }
        Arrays.sort(order, (a, b) -> Double.compare(contrib[b], contrib[a]));
        List<String> words = new ArrayList<>(MAX_EXPLAINING_WORDS);
        double top = n == 0 ? 0 : contrib[order[0]];
        for (int k = 0; k < n && words.size() < MAX_EXPLAINING_WORDS; k++) {
            int i = order[k];
            if (contrib[i] <= 0 || contrib[i] < 0.2 * top) break;
            String w = v.surfaces()[i];
            boolean covered = false;
            for (String prev : words) {
                if (prev.contains(w) || w.contains(prev)) { covered = true; break; }
            }
            if (!covered) words.add(w);
        }
        return words;
    }

    /** Tags many texts using all cores; the result is in input order. */
    public List<List<ThemeTag>> tagAll(List<String> texts) {
        return texts.parallelStream().map(this::tag).toList();
    }

    /** Reads many texts using all cores; the result is in input order. */
    public List<Reading> readAll(List<String> texts) {
        return texts.parallelStream().map(this::read).toList();
    }

    /** Reads many texts with their stored sentence vectors ({@code vectors.get(i)} for {@code texts.get(i)}). */
    public List<Reading> readAll(List<String> texts, List<float[]> vectors) {
        if (texts.size() != vectors.size()) throw new IllegalArgumentException(texts.size() + " texts, " + vectors.size() + " vectors");
        return IntStream.range(0, texts.size()).parallel().mapToObj(i -> read(texts.get(i), vectors.get(i))).toList();
    }

    // ---- serialisation ---------------------------------------------------------------------------------------

    /** Writes the model (gzip-compressed, versioned binary format); does not close the stream. */
    public void writeTo(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(nonClosing(out), 1 << 16);
        DataOutputStream d = new DataOutputStream(gz);
        d.writeUTF(MAGIC);
        d.writeInt(FORMAT_VERSION);
        d.writeUTF(version);
        d.writeInt(trainingSize);
        d.writeInt(themeIds.size());
        for (String id : themeIds) d.writeUTF(id);
        d.writeBoolean(featurizer.bigrams());
        d.writeBoolean(featurizer.keywordFeatures());
        d.writeBoolean(featurizer.keepModifiers());
        d.writeInt(featurizer.phrases().size());
        for (Featurizer.KeywordPhrase p : featurizer.phrases()) {
            d.writeUTF(p.themeId());
            d.writeInt(p.stems().length);
            for (String s : p.stems()) d.writeUTF(s);
        }
        Map<String, Float> idf = featurizer.idf();
        d.writeBoolean(idf != null);
        if (idf != null) {
            d.writeInt(idf.size());
            for (Map.Entry<String, Float> e : idf.entrySet()) { d.writeUTF(e.getKey()); d.writeFloat(e.getValue()); }
        }
        String[] features = new String[featureIndex.size()];
        featureIndex.forEach((k, i) -> features[i] = k);
        d.writeInt(features.length);
        for (String f : features) d.writeUTF(f);
        for (float w : weights) d.writeFloat(w);
        for (float b : bias) d.writeFloat(b);
        for (double t : thresholds) d.writeDouble(t);
        d.writeDouble(topThreshold);
        d.writeBoolean(head != null);
        if (head != null) {
            head.writeTo(d);
            d.writeDouble(mix);
        }
        d.writeBoolean(figures != null);
        if (figures != null) {
            d.writeInt(figures.items());
            d.writeDouble(figures.microPrecision());
            d.writeDouble(figures.microRecall());
            d.writeDouble(figures.microF1());
            d.writeDouble(figures.macroF1());
            d.writeDouble(figures.samplesF1());
            d.writeInt(figures.labels().size());
            for (Map.Entry<String, EvaluationFigures.LabelFigures> e : figures.labels().entrySet()) {
                EvaluationFigures.LabelFigures f = e.getValue();
                d.writeUTF(e.getKey());
                d.writeDouble(f.precision()); d.writeDouble(f.recall()); d.writeDouble(f.f1());
                d.writeInt(f.support()); d.writeInt(f.predicted());
            }
        }
        d.flush();
        gz.finish();
        out.flush();
    }

    /** Reads a model written by {@link #writeTo}; fails with IOException on anything else. */
    public static ThemeModel readFrom(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (!MAGIC.equals(d.readUTF())) throw new IOException("not a Tellus theme model");
        int format = d.readInt();
        if (format < OLDEST_READABLE_FORMAT || format > FORMAT_VERSION) throw new IOException("unsupported theme model format " + format);
        String version = d.readUTF();
        int trainingSize = d.readInt();
        int L = d.readInt();
        List<String> ids = new ArrayList<>(L);
        for (int i = 0; i < L; i++) ids.add(d.readUTF());
        boolean bigrams = d.readBoolean(), kw = d.readBoolean();
        boolean keepModifiers = format >= 2 && d.readBoolean();
        int np = d.readInt();
        List<Featurizer.KeywordPhrase> phrases = new ArrayList<>(np);
        for (int i = 0; i < np; i++) {
            String id = d.readUTF();
            String[] stems = new String[d.readInt()];
            for (int j = 0; j < stems.length; j++) stems[j] = d.readUTF();
            phrases.add(new Featurizer.KeywordPhrase(id, stems));
        }
        Map<String, Float> idf = null;
        if (d.readBoolean()) {
            int n = d.readInt();
            idf = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) idf.put(d.readUTF(), d.readFloat());
        }
        int nf = d.readInt();
        Map<String, Integer> index = new HashMap<>(nf * 2);
        for (int i = 0; i < nf; i++) index.put(d.readUTF(), i);
        float[] w = new float[nf * L];
        for (int i = 0; i < w.length; i++) w[i] = d.readFloat();
        float[] b = new float[L];
        for (int i = 0; i < L; i++) b[i] = d.readFloat();
        double[] t = new double[L];
        for (int i = 0; i < L; i++) t[i] = d.readDouble();
        double top = d.readDouble();
        EmbeddingHead head = null;
        double mix = 0;
        if (format >= 3 && d.readBoolean()) {
            head = EmbeddingHead.readFrom(d);
            mix = d.readDouble();
        }
        EvaluationFigures figures = null;
        if (d.readBoolean()) {
            int items = d.readInt();
            double mp = d.readDouble(), mr = d.readDouble(), mf = d.readDouble(), maf = d.readDouble(), sf = d.readDouble();
            int n = d.readInt();
            Map<String, EvaluationFigures.LabelFigures> labels = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String id = d.readUTF();
                labels.put(id, new EvaluationFigures.LabelFigures(d.readDouble(), d.readDouble(), d.readDouble(),
                        d.readInt(), d.readInt()));
            }
            figures = new EvaluationFigures(items, mp, mr, mf, maf, sf, labels);
        }
        return new ThemeModel(version, ids, new Featurizer(bigrams, kw, keepModifiers, idf, phrases), index, w, b, t, top,
                trainingSize, figures, head, mix, null);
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
            @Override public void close() throws IOException { flush(); }
        };
    }
}
