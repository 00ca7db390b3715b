package org.tellus.tagging.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Random;
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
     * @param innerFolds         folds of the inner cross-validation that tunes the thresholds (0: no tuning; at most 2
     *                           from 2,000 labelled examples on)
     * @param perLabelThresholds tune a threshold per theme (shrunk towards the global one) instead of one for all
     * @param defaultThreshold   the threshold used when there are too few examples to tune one
     * @param objective          what the tuning maximises: "micro", "macro" or "mean" (of micro and macro F1)
     * @param positiveBoost      positive examples of a theme are repeated round((negatives/positives)^positiveBoost)
     *                           times (at most 8): 0 = off, 0.5 = square root of the imbalance
     * @param minDf              a word feature must occur in at least this many labelled texts (taxonomy words are
     *                           always kept); rarer ones cannot generalise and only slow training down
     * @param lbfgsMemory        L-BFGS memory (OpenNLP "NumOfUpdates")
     */
    public record Options(boolean bigrams, boolean keywordFeatures, boolean tfidf, double l2, int iterations,
                          int pseudoWeight, int innerFolds, boolean perLabelThresholds, double defaultThreshold,
                          String objective, double positiveBoost, int minDf, int lbfgsMemory) {
        public static Options defaults() {
            return new Options(true, false, true, 0.5, 100, 1, 5, false, 0.3, "micro", 0, 2, 5);
        }

        /** A copy with one setting changed by name (the record component's name); for experiments. */
        public Options with(String key, String value) {
            boolean b = Boolean.parseBoolean(value);
            return switch (key) {
                case "bigrams" -> new Options(b, keywordFeatures, tfidf, l2, iterations, pseudoWeight, innerFolds, perLabelThresholds, defaultThreshold, objective, positiveBoost, minDf, lbfgsMemory);
                case "keywordFeatures" -> new Options(bigrams, b, tfidf, l2, iterations, pseudoWeight, innerFolds, perLabelThresholds, defaultThreshold, objective, positiveBoost, minDf, lbfgsMemory);
                case "tfidf" -> new Options(bigrams, keywordFeatures, b, l2, iterations, pseudoWeight, innerFolds, perLabelThresholds, defaultThreshold, objective, positiveBoost, minDf, lbfgsMemory);
                case "l2" -> new Options(bigrams, keywordFeatures, tfidf, Double.parseDouble(value), iterations, pseudoWeight, innerFolds, perLabelThresholds, defaultThreshold, objective, positiveBoost, minDf, lbfgsMemory);
                case "iterations" -> new Options(bigrams, keywordFeatures, tfidf, l2, Integer.parseInt(value), pseudoWeight, innerFolds, perLabelThresholds, defaultThreshold, objective, positiveBoost, minDf, lbfgsMemory);
                case "pseudoWeight" -> new Options(bigrams, keywordFeatures, tfidf, l2, iterations, Integer.parseInt(value), innerFolds, perLabelThresholds, defaultThreshold, objective, positiveBoost, minDf, lbfgsMemory);
                case "innerFolds" -> new Options(bigrams, keywordFeatures, tfidf, l2, iterations, pseudoWeight, Integer.parseInt(value), perLabelThresholds, defaultThreshold, objective, positiveBoost, minDf, lbfgsMemory);
                case "perLabelThresholds" -> new Options(bigrams, keywordFeatures, tfidf, l2, iterations, pseudoWeight, innerFolds, b, defaultThreshold, objective, positiveBoost, minDf, lbfgsMemory);
                case "defaultThreshold" -> new Options(bigrams, keywordFeatures, tfidf, l2, iterations, pseudoWeight, innerFolds, perLabelThresholds, Double.parseDouble(value), objective, positiveBoost, minDf, lbfgsMemory);
                case "objective" -> new Options(bigrams, keywordFeatures, tfidf, l2, iterations, pseudoWeight, innerFolds, perLabelThresholds, defaultThreshold, value, positiveBoost, minDf, lbfgsMemory);
                case "positiveBoost" -> new Options(bigrams, keywordFeatures, tfidf, l2, iterations, pseudoWeight, innerFolds, perLabelThresholds, defaultThreshold, objective, Double.parseDouble(value), minDf, lbfgsMemory);
                case "minDf" -> new Options(bigrams, keywordFeatures, tfidf, l2, iterations, pseudoWeight, innerFolds, perLabelThresholds, defaultThreshold, objective, positiveBoost, Integer.parseInt(value), lbfgsMemory);
                case "lbfgsMemory" -> new Options(bigrams, keywordFeatures, tfidf, l2, iterations, pseudoWeight, innerFolds, perLabelThresholds, defaultThreshold, objective, positiveBoost, minDf, Integer.parseInt(value));
                default -> throw new IllegalArgumentException("unknown trainer option " + key);
            };
        }
    }

    static final String BIAS = "BIAS";
    /**
     * Fewer labelled examples than this: no threshold tuning, the default threshold is used (measured: on bg2050 with
     * 60-135 examples tuned thresholds lose 0.03-0.06 F1 against the default; with 331 they gain 0.04 macro-F1).
     */
    static final int MIN_EXAMPLES_TO_TUNE = 200;
    /** From this many labelled examples on, at most 2 inner folds (training time; the threshold bias is smaller). */
    static final int LARGE_SET = 2000;

    private final Options options;

    public ThemeTrainer() { this(Options.defaults()); }

    public ThemeTrainer(Options options) { this.options = options; }

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
        if (taxonomy.isEmpty()) throw new IllegalArgumentException("empty taxonomy");
        List<String> ids = taxonomy.stream().map(Theme::id).distinct().toList();
        if (ids.size() != taxonomy.size()) throw new IllegalArgumentException("duplicate theme ids");
        Set<String> idSet = Set.copyOf(ids);
        List<LabelledText> exs = examples.stream()
                .map(e -> new LabelledText(e.id(), e.text(), filter(e.themes(), idSet))).toList();
        List<LabelledText> pseudo = pseudoExamples(taxonomy);

        List<Featurizer.KeywordPhrase> phrases = Featurizer.phrasesOf(taxonomy);
        Featurizer featurizer = new Featurizer(options.bigrams(), options.keywordFeatures(), null, phrases);
        if (options.tfidf()) {
            List<String> texts = new ArrayList<>();
            exs.forEach(e -> texts.add(e.text()));
            pseudo.forEach(e -> texts.add(e.text()));
            featurizer = new Featurizer(options.bigrams(), options.keywordFeatures(),
                    Featurizer.computeIdf(featurizer, texts), phrases);
        }
        Featurizer fz = featurizer;
        List<Featurizer.Vector> exVecs = exs.parallelStream().map(e -> fz.vector(e.text())).toList();
        List<Featurizer.Vector> pseudoVecs = pseudo.stream().map(e -> fz.vector(e.text())).toList();
        if (options.minDf() > 1) exVecs = dropRare(exVecs, pseudoVecs, options.minDf());
        boolean[][] exY = labelMatrix(exs, ids);
        boolean[][] pseudoY = labelMatrix(pseudo, ids);

        List<Integer> all = IntStream.range(0, exs.size()).boxed().toList();
        Weights full = fit(exVecs, exY, pseudoVecs, pseudoY, all, ids.size());

        double[] thresholds = new double[ids.size()];
        java.util.Arrays.fill(thresholds, options.defaultThreshold());
        double top = 2.0; // off
        if (options.innerFolds() >= 2 && exs.size() >= MIN_EXAMPLES_TO_TUNE) {
            double[][] oof = outOfFold(exVecs, exY, pseudoVecs, pseudoY, ids.size());
            Tuned tuned = tune(oof, exY, options);
            thresholds = tuned.thresholds();
            top = tuned.top();
        }
        return new ThemeModel(version(ids, exs), ids, fz, full.index(), full.weights(), full.bias(), thresholds, top,
                exs.size(), null);
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

    /** Fits one binary maxent model per label on the chosen examples plus all pseudo-examples. */
    private Weights fit(List<Featurizer.Vector> vecs, boolean[][] y, List<Featurizer.Vector> pvecs, boolean[][] py,
                        List<Integer> chosen, int L) {
        Map<String, Integer> index = new HashMap<>();
        List<Featurizer.Vector> used = new ArrayList<>(chosen.size() + pvecs.size());
        List<boolean[]> usedY = new ArrayList<>(chosen.size() + pvecs.size());
        for (int i : chosen) { used.add(vecs.get(i)); usedY.add(y[i]); }
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
            MaxentModel m = trainBinary(events);
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

    private static double logit(double[] p, int one, int zero) {
        return Math.log(Math.max(p[one], 1e-300)) - Math.log(Math.max(p[zero], 1e-300));
    }

    private MaxentModel trainBinary(List<Event> events) {
        TrainingParameters tp = new TrainingParameters();
        tp.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        tp.put(TrainingParameters.CUTOFF_PARAM, 0);
        tp.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
        tp.put(TrainingParameters.THREADS_PARAM, 1);
        tp.put(QNTrainer.L1COST_PARAM, 0.0);
        tp.put(QNTrainer.L2COST_PARAM, options.l2());
        tp.put(QNTrainer.M_PARAM, options.lbfgsMemory());
        tp.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        tp.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(tp, new HashMap<>());
        try {
            return trainer.train(new CollectionObjectStream<>(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Out-of-fold probabilities for every example (each fold's model sees the other folds and all pseudo-examples). */
    private double[][] outOfFold(List<Featurizer.Vector> vecs, boolean[][] y, List<Featurizer.Vector> pvecs,
                                 boolean[][] py, int L) {
        int n = vecs.size();
        int k = Math.min(n >= LARGE_SET ? Math.min(2, options.innerFolds()) : options.innerFolds(), n);
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(order, new Random(42));
        double[][] oof = new double[n][];
        for (int fold = 0; fold < k; fold++) {
            List<Integer> train = new ArrayList<>(), test = new ArrayList<>();
            for (int j = 0; j < n; j++) (j % k == fold ? test : train).add(order.get(j));
            Weights w = fit(vecs, y, pvecs, py, train, L);
            ThemeModel m = new ThemeModel("fold", IntStream.range(0, L).mapToObj(i -> "l" + i).toList(), null,
                    w.index(), w.weights(), w.bias(), new double[L], 2, train.size(), null);
            test.parallelStream().forEach(i -> oof[i] = m.probabilities(vecs.get(i)));
        }
        return oof;
    }

    record Tuned(double[] thresholds, double top) {}

    /** Chooses the global threshold and the top-label threshold (and optionally per-label ones) on held-out probabilities. */
    static Tuned tune(double[][] p, boolean[][] y, Options options) {
        int L = y.length == 0 ? 0 : y[0].length;
        double bestScore = -1, bestT = options.defaultThreshold(), bestTop = 2;
        double[] tops = {2, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3};
        for (double t = 0.1; t <= 0.701; t += 0.025) {
            for (double top : tops) {
                if (top < 2 && top >= t) continue;
                double[] th = new double[L];
                java.util.Arrays.fill(th, t);
                double s = score(p, y, th, top, options.objective());
                if (s > bestScore + 1e-9) { bestScore = s; bestT = t; bestTop = top; }
            }
        }
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

    private static double score(double[][] p, boolean[][] y, double[] th, double top, String objective) {
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
        macro = supported == 0 ? 0 : macro / supported;
        return switch (objective) {
            case "micro" -> micro;
            case "macro" -> macro;
            default -> (micro + macro) / 2;
        };
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
