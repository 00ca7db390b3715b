package org.tellus.tagging.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a {@link ThemeModel}: one binary L2-regularised maxent (logistic regression, OpenNLP's L-BFGS
 * {@link QNTrainer}) per theme on our own sparse features, plus a decision rule tuned by inner cross-validation.
 * The taxonomy itself (each theme's name and description, and each of its keywords) is always added as
 * pseudo-examples, so a model can be trained with no labelled examples at all (cold start). Thread-safe.
 */
public final class ThemeTrainer {

    /**
     * Training settings. The defaults are the measured choice (docs/decisions/003-theme-tagging-model.md).
     *
     * @param bigrams            add stemmed content-word bigrams
     * @param keywordFeatures    add one feature per theme whose taxonomy keyword occurs in the text
     * @param tfidf              TF-IDF (sublinear, L2-normalised) feature values instead of binary
     * @param l2                 L2 cost of the maxent models
     * @param iterations         maximum L-BFGS iterations
     * @param pseudoWeight       how many times each taxonomy pseudo-example is repeated
     * @param innerFolds         folds of the inner cross-validation that tunes the thresholds (0: no tuning; from 2,000
     *                           labelled examples on only 2 of them are run)
     * @param perLabelThresholds tune a threshold per theme (shrunk towards the global one) instead of one for all
     * @param defaultThreshold   the threshold used when there are too few examples to tune one
     * @param objective          what the tuning maximises: "micro", "macro" or "mean" (of micro and macro F1)
     * @param positiveBoost      positive examples of a theme are repeated round((negatives/positives)^positiveBoost)
     *                           times (at most 8): 0 = off, 0.5 = square root of the imbalance
     * @param minDf              a word feature must occur in at least this many labelled texts (taxonomy words are
     *                           always kept); rarer ones cannot generalise and only slow training down
     * @param lbfgsMemory        L-BFGS memory (OpenNLP "NumOfUpdates")
     * @param keepModifiers      negations and degree words ("not", "too", "still") are features, not stop words
     * @param microTolerance     with objective "micro": among the decision rules whose held-out micro-F1 is within
     *                           this of the best, the one with the best macro-F1 is taken (0: best micro-F1 only)
     * @param embedder           the sentence-embedding model ({@link OnnxEmbedders#names()}) whose vectors feed the
     *                           meaning half of the model; "none": words only
     * @param embeddingL2        ridge penalty λ of the theme directions in the sentence-vector space
     * @param embeddingMix       weight of the meaning half in a theme's probability (the words half has 1 - this)
     * @param selfTrainingRounds rounds of self-training on unlabelled texts given to
     *                           {@link #train(List, List, List)} (0: off; see {@link SelfTraining})
     * @param selfTrainingConfidence a theme's probability from which an unlabelled text is taken as labelled with it
     * @param selfTrainingWords  self-labelled texts also train the word model (else only the meaning half)
     * @param selfTrainingBalanced a theme takes at most its even share of the unlabelled texts (its most confident
     *                           ones), so the frequent themes do not swallow the rare ones' examples
     */
    public record Options(boolean bigrams, boolean keywordFeatures, boolean tfidf, double l2, int iterations,
                          int pseudoWeight, int innerFolds, boolean perLabelThresholds, double defaultThreshold,
                          String objective, double positiveBoost, int minDf, int lbfgsMemory, boolean keepModifiers,
                          double microTolerance, String embedder, double embeddingL2, double embeddingMix,
                          int selfTrainingRounds, double selfTrainingConfidence, boolean selfTrainingWords,
                          boolean selfTrainingBalanced) {
        public static final String NO_EMBEDDER = "none";

        public static Options defaults() {
            return new Options(true, false, true, 0.5, 100, 1, 5, false, 0.3, "micro", 0, 2, 5, true, 0.005,
                    OnnxEmbedders.DEFAULT, 1.0, 0.5, 0, 0.6, false, false);
        }

        /** The same settings with words only (no sentence vectors): the engine before decision 014. */
        public Options wordsOnly() { return with("embedder", NO_EMBEDDER); }

        public boolean embeds() { return !NO_EMBEDDER.equals(embedder); }

        /** A copy with one setting changed by name (the record component's name); for experiments. */
        public Options with(String key, String value) {
            RecordComponent[] rc = Options.class.getRecordComponents();
            Object[] args = new Object[rc.length];
            Class<?>[] types = new Class<?>[rc.length];
            boolean found = false;
            try {
                for (int i = 0; i < rc.length; i++) {
                    types[i] = rc[i].getType();
                    if (rc[i].getName().equals(key)) {
                        args[i] = parse(types[i], value);
                        found = true;
                    } else {
                        args[i] = rc[i].getAccessor().invoke(this);
                    }
                }
                if (!found) throw new IllegalArgumentException("unknown trainer option " + key);
                return Options.class.getDeclaredConstructor(types).newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Object parse(Class<?> type, String value) {
            if (type == boolean.class) return Boolean.parseBoolean(value);
            if (type == int.class) return Integer.parseInt(value);
            if (type == double.class) return Double.parseDouble(value);
            return value;
        }
    }

    static final String BIAS = "BIAS";
    /**
     * Fewer labelled examples than this: no threshold tuning, the default threshold is used (measured: on bg2050 with
     * 60-135 examples tuned thresholds lose 0.03-0.06 F1 against the default; with 331 they gain 0.04 macro-F1).
     */
    static final int MIN_EXAMPLES_TO_TUNE = 200;
    /** From this many labelled examples on, only {@link #LARGE_SET_FOLDS_RUN} of the inner folds are run (training time). */
    static final int LARGE_SET = 2000;
    static final int LARGE_SET_FOLDS_RUN = 2;

    private final Options options;
    private final CachingEmbedder vectors; // null: words only

    public ThemeTrainer() { this(Options.defaults()); }

    /** A trainer that embeds with the shipped model its options name (each distinct text once per trainer). */
    public ThemeTrainer(Options options) {
        this(options, options.embeds() ? new CachingEmbedder(OnnxEmbedders.named(options.embedder())) : null);
    }

    /**
     * A trainer that reads sentence vectors from this cache (which may hold vectors stored earlier, so they are not
     * made again); its model must be the one the options name.
     */
    public ThemeTrainer(Options options, CachingEmbedder vectors) {
        if (options.embeds() && (vectors == null || !vectors.name().equals(options.embedder()))) {
            throw new IllegalArgumentException("the trainer needs vectors of " + options.embedder());
        }
        this.options = options;
        this.vectors = options.embeds() ? vectors : null;
    }

    public Options options() { return options; }

    /**
     * Trains on the default taxonomy with the shipped starter examples plus these extra (e.g. officer-labelled)
     * examples; an extra example overrides a starter example with the same text ({@link StarterData#starterExamplesWith}).
     */
    public ThemeModel trainWithStarter(List<LabelledText> extraExamples) {
        return train(StarterData.defaultTaxonomy(), StarterData.starterExamplesWith(extraExamples));
    }

    /**
     * Trains a model for the taxonomy on the examples (which may be empty: then only the taxonomy's descriptions
     * and keywords are learnt from). Labels of examples that are not theme ids of the taxonomy are ignored.
     */
    public ThemeModel train(List<Theme> taxonomy, List<LabelledText> examples) {
        return train(taxonomy, examples, List.of());
    }

    /**
     * As {@link #train(List, List)}, and then, when the options ask for it and there are enough of them, learns
     * from unlabelled texts of the consultation too (self-training, {@link SelfTraining}). The decision rule is
     * the one tuned on the labelled examples: self-labelled texts never grade themselves.
     */
    public ThemeModel train(List<Theme> taxonomy, List<LabelledText> examples, List<String> unlabelled) {
        if (taxonomy.isEmpty()) throw new IllegalArgumentException("empty taxonomy");
        List<String> ids = taxonomy.stream().map(Theme::id).distinct().toList();
        if (ids.size() != taxonomy.size()) throw new IllegalArgumentException("duplicate theme ids");
        Set<String> idSet = Set.copyOf(ids);
        List<LabelledText> exs = examples.stream()
                .map(e -> new LabelledText(e.id(), e.text(), filter(e.themes(), idSet))).toList();
        double[] thresholds = new double[ids.size()];
        java.util.Arrays.fill(thresholds, options.defaultThreshold());
        double top = 2.0; // off
        if (options.innerFolds() >= 2 && exs.size() >= MIN_EXAMPLES_TO_TUNE) {
            HeldOut oof = outOfFold(taxonomy, ids, exs);
            Tuned tuned = tune(oof.p(), oof.y(), options);
            thresholds = tuned.thresholds();
            top = tuned.top();
        }
        ThemeModel model = fitModel(taxonomy, ids, exs, thresholds, top, List.of());
        SelfTraining self = new SelfTraining(options, this::vectorOf);
        if (!self.applies(unlabelled)) return model;
        for (int round = 0; round < options.selfTrainingRounds(); round++) {
            model = fitModel(taxonomy, ids, exs, thresholds, top, self.labels(model, unlabelled));
        }
        return model;
    }

    /**
     * Featurizer (with IDF), rare-feature cut and maxent fits on these examples, with the given decision rule.
     * Self-labelled texts count at {@link SelfTraining#WEIGHT} in the meaning half (and fully in the word model when
     * the options say so); they are left out of the version's count of labelled examples.
     */
    private ThemeModel fitModel(List<Theme> taxonomy, List<String> ids, List<LabelledText> labelled,
                                double[] thresholds, double top, List<LabelledText> selfLabelled) {
        List<LabelledText> exs = labelled;
        if (options.selfTrainingWords() && !selfLabelled.isEmpty()) {
            exs = new ArrayList<>(labelled);
            exs.addAll(selfLabelled);
        }
        List<LabelledText> pseudo = pseudoExamples(taxonomy);
        List<Featurizer.KeywordPhrase> phrases = Featurizer.phrasesOf(taxonomy);
        Featurizer featurizer = new Featurizer(options.bigrams(), options.keywordFeatures(), options.keepModifiers(),
                null, phrases);
        if (options.tfidf()) {
            List<String> texts = new ArrayList<>();
            exs.forEach(e -> texts.add(e.text()));
            pseudo.forEach(e -> texts.add(e.text()));
            featurizer = new Featurizer(options.bigrams(), options.keywordFeatures(), options.keepModifiers(),
                    Featurizer.computeIdf(featurizer, texts), phrases);
        }
        Featurizer fz = featurizer;
        List<Featurizer.Vector> exVecs = exs.parallelStream().map(e -> fz.vector(e.text())).toList();
        List<Featurizer.Vector> pseudoVecs = pseudo.stream().map(e -> fz.vector(e.text())).toList();
        boolean[][] y = labelMatrix(exs, ids), py = labelMatrix(pseudo, ids);
        Weights w = fit(exVecs, y, pseudoVecs, py, ids.size());
        List<LabelledText> versioned = new ArrayList<>(labelled);
        versioned.addAll(selfLabelled);
        if (vectors == null) {
            return new ThemeModel(version(ids, versioned), ids, fz, w.index(), w.weights(), w.bias(), thresholds, top,
                    labelled.size(), null);
        }
        List<LabelledText> headExamples = new ArrayList<>(labelled);
        headExamples.addAll(pseudo);
        headExamples.addAll(selfLabelled);
        List<float[]> all = vectors.embedAll(headExamples.stream().map(LabelledText::text).toList());
        List<boolean[]> allY = List.of(labelMatrix(headExamples, ids));
        double[] weights = new double[headExamples.size()];
        java.util.Arrays.fill(weights, 1.0);
        java.util.Arrays.fill(weights, labelled.size() + pseudo.size(), weights.length, SelfTraining.WEIGHT);
        EmbeddingHead head = new EmbeddingHeadTrainer(options).fit(vectors.name(), all, allY, weights, ids.size());
        return new ThemeModel(version(ids, versioned), ids, fz, w.index(), w.weights(), w.bias(), thresholds, top,
                labelled.size(), null, head, options.embeddingMix(), vectors.model());
    }

    /** The sentence vector of a text for this trainer's models (from the cache when it has it). */
    private float[] vectorOf(String text) {
        return vectors == null ? null : vectors.embed(text);
    }

    /** Drops the features that occur in fewer than minDf labelled texts, unless the taxonomy's own text has them. */
    static List<Featurizer.Vector> dropRare(List<Featurizer.Vector> vecs, List<Featurizer.Vector> keep, int minDf) {
        Map<String, Integer> df = new HashMap<>();
        for (Featurizer.Vector v : vecs) for (String n : v.names()) df.merge(n, 1, Integer::sum);
        Set<String> always = new java.util.HashSet<>();
        for (Featurizer.Vector v : keep) Collections.addAll(always, v.names());
        List<Featurizer.Vector> out = new ArrayList<>(vecs.size());
        for (Featurizer.Vector v : vecs) {
            int n = 0;
            for (String f : v.names()) if (df.get(f) >= minDf || always.contains(f)) n++;
            if (n == v.size()) { out.add(v); continue; }
            String[] names = new String[n];
            float[] values = new float[n];
            String[] surfaces = new String[n];
            int k = 0;
            for (int i = 0; i < v.size(); i++) {
                String f = v.names()[i];
                if (df.get(f) >= minDf || always.contains(f)) {
                    names[k] = f; values[k] = v.values()[i]; surfaces[k] = v.surfaces()[i]; k++;
                }
            }
            out.add(new Featurizer.Vector(names, values, surfaces));
        }
        return out;
    }

    private static Set<String> filter(Set<String> themes, Set<String> ids) {
        Set<String> s = new LinkedHashSet<>();
        for (String t : themes) if (ids.contains(t)) s.add(t);
        return s;
    }

    /** The taxonomy as examples: "name. description" and every keyword, each labelled with its theme. */
    List<LabelledText> pseudoExamples(List<Theme> taxonomy) {
        List<LabelledText> out = new ArrayList<>();
        for (int r = 0; r < options.pseudoWeight(); r++) {
            for (Theme t : taxonomy) {
                String text = (t.name() + ". " + t.description()).trim();
                if (!text.equals(".")) out.add(new LabelledText("theme:" + t.id(), text, Set.of(t.id())));
                for (String kw : t.keywords()) out.add(new LabelledText("kw:" + t.id() + ":" + kw, kw, Set.of(t.id())));
            }
        }
        return out;
    }

    private static boolean[][] labelMatrix(List<LabelledText> exs, List<String> ids) {
        boolean[][] y = new boolean[exs.size()][ids.size()];
        Map<String, Integer> idx = new HashMap<>();
        for (int l = 0; l < ids.size(); l++) idx.put(ids.get(l), l);
        for (int i = 0; i < exs.size(); i++) {
            for (String t : exs.get(i).themes()) {
                Integer l = idx.get(t);
                if (l != null) y[i][l] = true;
            }
        }
        return y;
    }

    record Weights(Map<String, Integer> index, float[] weights, float[] bias) {}

    /**
     * Fits one binary maxent model per label on the examples plus the pseudo-examples; features in fewer than
     * minDf of the examples are dropped, unless the taxonomy's own text has them.
     */
    private Weights fit(List<Featurizer.Vector> vecs, boolean[][] y, List<Featurizer.Vector> pvecs, boolean[][] py,
                        int L) {
        Map<String, Integer> index = new HashMap<>();
        List<boolean[]> usedY = new ArrayList<>(vecs.size() + pvecs.size());
        Collections.addAll(usedY, y);
        List<Featurizer.Vector> used = new ArrayList<>(options.minDf() > 1 ? dropRare(vecs, pvecs, options.minDf()) : vecs);
        used.addAll(pvecs);
        Collections.addAll(usedY, py);
        for (Featurizer.Vector v : used) for (String n : v.names()) index.putIfAbsent(n, index.size());
        String[] names = new String[index.size()];
        index.forEach((n, i) -> names[i] = n);
        float[] w = new float[names.length * L];
        float[] b = new float[L];
        IntStream.range(0, L).parallel().forEach(l -> {
            List<Event> events = new ArrayList<>(used.size());
            int pos0 = 0;
            for (boolean[] row : usedY) if (row[l]) pos0++;
            int reps = pos0 == 0 || options.positiveBoost() <= 0 ? 1
                    : (int) Math.max(1, Math.min(8, Math.round(Math.pow((double) (used.size() - pos0) / pos0, options.positiveBoost()))));
            boolean anyPos = false, anyNeg = false;
            for (int i = 0; i < used.size(); i++) {
                Featurizer.Vector v = used.get(i);
                String[] ctx = new String[v.size() + 1];
                float[] val = new float[v.size() + 1];
                System.arraycopy(v.names(), 0, ctx, 0, v.size());
                System.arraycopy(v.values(), 0, val, 0, v.size());
                ctx[v.size()] = BIAS;
                val[v.size()] = 1f;
                boolean pos = usedY.get(i)[l];
                anyPos |= pos;
                anyNeg |= !pos;
                Event ev = new Event(pos ? "1" : "0", ctx, val);
                for (int r = pos ? reps : 1; r > 0; r--) events.add(ev);
            }
            if (!anyPos || !anyNeg) {
                b[l] = anyPos ? 10f : -10f;
                return;
            }
            MaxentModel m = trainBinary(events, options.l2(), options.iterations(), options);
            int one = m.getIndex("1"), zero = m.getIndex("0");
            b[l] = (float) logit(m.eval(new String[] {BIAS}, new float[] {1f}), one, zero);
            String[] c = new String[1];
            float[] one1 = {1f};
            for (int f = 0; f < names.length; f++) {
                c[0] = names[f];
                w[f * L + l] = (float) logit(m.eval(c, one1), one, zero);
            }
        });
        return new Weights(index, w, b);
    }

    static double logit(double[] p, int one, int zero) {
        return Math.log(Math.max(p[one], 1e-300)) - Math.log(Math.max(p[zero], 1e-300));
    }

    /** One binary L2-regularised maxent model (OpenNLP L-BFGS, real-valued features), single-threaded. */
    static MaxentModel trainBinary(List<Event> events, double l2, int iterations, Options options) {
        int memory = options == null ? Options.defaults().lbfgsMemory() : options.lbfgsMemory();
        TrainingParameters tp = new TrainingParameters();
        tp.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        tp.put(TrainingParameters.CUTOFF_PARAM, 0);
        tp.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        tp.put(TrainingParameters.THREADS_PARAM, 1);
        tp.put(QNTrainer.L1COST_PARAM, 0.0);
        tp.put(QNTrainer.L2COST_PARAM, l2);
        tp.put(QNTrainer.M_PARAM, memory);
        tp.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        tp.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(tp, new HashMap<>());
        try {
            return trainer.train(new CollectionObjectStream<>(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Held-out probabilities of the examples of the inner folds that are run, with their true labels. Each fold's
     * model is built exactly as the final one (its own IDF and rare-feature cut) on (k-1)/k of the examples, so its
     * probabilities on the held-out texts behave like the final model's on new texts and the threshold chosen on
     * them suits the final model. (Reusing the final model's features for the folds was measured to bias the
     * threshold low: see decision record 003.) From {@link #LARGE_SET} examples on only {@link #LARGE_SET_FOLDS_RUN}
     * of the k folds are run, for training time: their held-out rows are still thousands of examples.
     */
    private HeldOut outOfFold(List<Theme> taxonomy, List<String> ids, List<LabelledText> exs) {
        int n = exs.size();
        int k = Math.min(options.innerFolds(), n);
        int run = n >= LARGE_SET ? Math.min(LARGE_SET_FOLDS_RUN, k) : k;
        List<LabelledText> heldOut = new ArrayList<>();
        List<double[]> p = new ArrayList<>();
        double[] none = new double[ids.size()];
        for (int fold = 0; fold < run; fold++) {
            List<LabelledText> train = new ArrayList<>(), test = new ArrayList<>();
            for (LabelledText e : exs) (foldOf(e, k) == fold ? test : train).add(e);
            ThemeModel m = fitModel(taxonomy, ids, train, none, 2, List.of());
            p.addAll(test.parallelStream().map(e -> m.confidences(e.text(), vectorOf(e.text()))).toList());
            heldOut.addAll(test);
        }
        return new HeldOut(p.toArray(double[][]::new), labelMatrix(heldOut, ids));
    }

    /**
     * An example's inner fold, from its own text and id rather than its position: a few officer labels added to
     * thousands of examples then leave every other example in its fold, so the tuned thresholds (and the tags of
     * texts nobody relabelled) do not jump between two nearly identical training sets.
     */
    static int foldOf(LabelledText example, int k) {
        int h = (example.id() + "\n" + example.text()).hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return Math.floorMod(h, k);
    }

    /** Held-out probabilities and the true labels of the same examples. */
    record HeldOut(double[][] p, boolean[][] y) {}

    record Tuned(double[] thresholds, double top) {}

    /**
     * Chooses the global threshold and the top-label threshold (and optionally per-label ones) on held-out
     * probabilities. With objective "micro" and a tolerance, the rule is: best micro-F1, but among the candidates
     * whose micro-F1 is within the tolerance of the best (a difference held-out data cannot tell apart), the one
     * with the best macro-F1. Micro-F1 is flat around its optimum while macro-F1 (the rare themes) falls as the
     * threshold rises, so this buys rare themes at no measurable cost in micro-F1.
     */
    static Tuned tune(double[][] p, boolean[][] y, Options options) {
        int L = y.length == 0 ? 0 : y[0].length;
        double[] tops = {2, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3};
        List<double[]> candidates = new ArrayList<>(); // {threshold, top, micro, macro}
        for (double t = 0.1; t <= 0.701; t += 0.025) {
            for (double top : tops) {
                if (top < 2 && top >= t) continue;
                double[] th = new double[L];
                java.util.Arrays.fill(th, t);
                double[] f = f1s(p, y, th, top);
                candidates.add(new double[] {t, top, f[0], f[1]});
            }
        }
        double[] best = null;
        for (double[] c : candidates) {
            if (best == null || objective(c, options.objective()) > objective(best, options.objective()) + 1e-9) best = c;
        }
        boolean tolerant = "micro".equals(options.objective()) && options.microTolerance() > 0 && best != null;
        if (tolerant) {
            double floor = best[2] - options.microTolerance();
            for (double[] c : candidates) if (c[2] >= floor && c[3] > best[3] + 1e-9) best = c;
        }
        double bestT = best == null ? options.defaultThreshold() : best[0];
        double bestTop = best == null ? 2 : best[1];
        double[] th = new double[L];
        java.util.Arrays.fill(th, bestT);
        if (options.perLabelThresholds()) {
            for (int l = 0; l < L; l++) {
                int support = 0;
                for (boolean[] row : y) if (row[l]) support++;
                if (support < 5) continue;
                double bestF = -1, bt = bestT;
                for (double t = 0.1; t <= 0.801; t += 0.025) {
                    int tp = 0, fp = 0, fn = 0;
                    for (int i = 0; i < p.length; i++) {
                        boolean pred = p[i][l] >= t;
                        if (pred && y[i][l]) tp++; else if (pred) fp++; else if (y[i][l]) fn++;
                    }
                    double f = tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
                    if (f > bestF + 1e-9) { bestF = f; bt = t; }
                }
                double k = 20;
                th[l] = (support * bt + k * bestT) / (support + k);
            }
        }
        return new Tuned(th, bestTop);
    }

    private static double objective(double[] candidate, String objective) {
        return switch (objective) {
            case "micro" -> candidate[2];
            case "macro" -> candidate[3];
            default -> (candidate[2] + candidate[3]) / 2;
        };
    }

    /** {micro-F1, macro-F1 over labels with support} of the decision rule on held-out probabilities. */
    private static double[] f1s(double[][] p, boolean[][] y, double[] th, double top) {
        int L = th.length;
        int[] tp = new int[L], fp = new int[L], fn = new int[L];
        for (int i = 0; i < p.length; i++) {
            for (int l : ThemeModel.decide(p[i], th, top)) {
                if (y[i][l]) tp[l]++; else fp[l]++;
            }
            for (int l = 0; l < L; l++) if (y[i][l]) fn[l]++;
        }
        int TP = 0, FP = 0, FN = 0, supported = 0;
        double macro = 0;
        for (int l = 0; l < L; l++) {
            fn[l] -= tp[l];
            TP += tp[l]; FP += fp[l]; FN += fn[l];
            if (tp[l] + fn[l] > 0) { supported++; macro += tp[l] == 0 ? 0 : 2.0 * tp[l] / (2 * tp[l] + fp[l] + fn[l]); }
        }
        double micro = TP == 0 ? 0 : 2.0 * TP / (2 * TP + FP + FN);
        return new double[] {micro, supported == 0 ? 0 : macro / supported};
    }

    private String version(List<String> ids, List<LabelledText> exs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(options.toString().getBytes(StandardCharsets.UTF_8));
            for (String id : ids) md.update((id + "\n").getBytes(StandardCharsets.UTF_8));
            for (LabelledText e : exs) {
                md.update((e.text() + "\t" + String.join(";", new java.util.TreeSet<>(e.themes())) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return "tm" + ThemeModel.FORMAT_VERSION + "-" + HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
