package org.tellus.tagging.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.tellus.tagging.engine.EvaluationFigures;
import org.tellus.tagging.engine.LabelledCsv;
import org.tellus.tagging.engine.LabelledText;
import org.tellus.tagging.engine.Metrics;
import org.tellus.tagging.engine.StarterData;
import org.tellus.tagging.engine.TextAnalyzer;
import org.tellus.tagging.engine.Theme;
import org.tellus.tagging.engine.ThemeModel;
import org.tellus.tagging.engine.ThemeTag;
import org.tellus.tagging.engine.ThemeTrainer;

/**
 * {@code evaluate --test TEST.csv [--train TRAIN.csv] [--folds K] [--taxonomy THEMES.csv] [--no-starter]}:
 * trains the theme tagger, scores it on labelled data and prints one JSON object on stdout. Needs no database and
 * starts no server. Bad input: one line on stderr, exit code 2.
 */
public final class EvaluateCommand {

    static final String USAGE = "usage: evaluate --test TEST.csv [--train TRAIN.csv] [--folds K] [--taxonomy THEMES.csv] [--no-starter]";
    static final int SPEED_TEXTS = 100_000;

    private EvaluateCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the process exit code (0 ok, 2 bad input, 1 unexpected failure). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintStream realOut = System.out;
        // anything a library logs to the console during the run goes to stderr, so stdout carries only the JSON
        System.setOut(err);
        quietLibraryLogging();
        try {
            Args a = Args.parse(args);
            String json = evaluate(a);
            out.println(json);
            out.flush();
            return 0;
        } catch (BadInput e) {
            err.println("evaluate: " + oneLine(e.getMessage()));
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("evaluate: " + oneLine(e.getMessage()));
            return 2;
        } catch (Throwable e) {
            err.println("evaluate: failed: " + oneLine(e.toString()));
            return 1;
        } finally {
            System.setOut(realOut);
        }
    }

    /** OpenNLP logs every training at INFO; when Logback is the SLF4J backend, raise "opennlp" to WARN. */
    private static void quietLibraryLogging() {
        try {
            org.slf4j.Logger l = org.slf4j.LoggerFactory.getLogger("opennlp");
            Class<?> level = Class.forName("ch.qos.logback.classic.Level");
            l.getClass().getMethod("setLevel", level).invoke(l, level.getField("WARN").get(null));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError ignored) {
            // another backend (or none): its own configuration decides
        }
    }

    static final class BadInput extends RuntimeException {
        BadInput(String message) { super(message); }
    }

    record Args(Path test, Path train, Integer folds, Path taxonomy, boolean noStarter, boolean speed,
                Integer trainSample, ThemeTrainer.Options options) {

        static Args parse(String[] args) {
            Path test = null, train = null, taxonomy = null;
            Integer folds = null, sample = null;
            boolean noStarter = false, speed = true;
            ThemeTrainer.Options options = ThemeTrainer.Options.defaults();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--test" -> test = Path.of(value(args, ++i, a));
                    case "--train" -> train = Path.of(value(args, ++i, a));
                    case "--taxonomy" -> taxonomy = Path.of(value(args, ++i, a));
                    case "--folds" -> folds = positiveInt(value(args, ++i, a), a, 2);
                    case "--no-starter" -> noStarter = true;
                    // experimental, for the model comparison (docs/decisions/003-theme-tagging-model.md)
                    case "--no-speed" -> speed = false;
                    case "--train-sample" -> sample = positiveInt(value(args, ++i, a), a, 0);
                    case "--option" -> options = withOption(options, value(args, ++i, a));
                    default -> throw new BadInput("unknown argument " + a + "; " + USAGE);
                }
            }
            if (folds != null && test != null) throw new BadInput("--folds runs cross-validation on --train: give --folds or --test, not both");
            if (folds != null && train == null) throw new BadInput("--folds needs --train");
            if (folds == null && test == null) throw new BadInput("--test is required (or --train with --folds); " + USAGE);
            return new Args(test, train, folds, taxonomy, noStarter, speed, sample, options);
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length || args[i].startsWith("--")) throw new BadInput(flag + " needs a value; " + USAGE);
            return args[i];
        }

        private static int positiveInt(String v, String flag, int min) {
            try {
                int k = Integer.parseInt(v.trim());
                if (k < min) throw new BadInput(flag + " must be an integer >= " + min + ", not " + v);
                return k;
            } catch (NumberFormatException e) {
                throw new BadInput(flag + " must be an integer >= " + min + ", not " + v);
            }
        }

        private static ThemeTrainer.Options withOption(ThemeTrainer.Options o, String kv) {
            int eq = kv.indexOf('=');
            if (eq < 0) throw new BadInput("--option needs key=value");
            try {
                return o.with(kv.substring(0, eq), kv.substring(eq + 1));
            } catch (NumberFormatException e) {
                throw new BadInput("bad --option value " + kv);
            }
        }
    }

    private static List<LabelledText> readLabelled(Path p) throws IOException {
        return read(p, r -> LabelledCsv.readLabelled(r, p.toString()));
    }

    private static List<Theme> readTaxonomy(Path p) throws IOException {
        return read(p, r -> LabelledCsv.readTaxonomy(r, p.toString()));
    }

    /** Reads a UTF-8 file, turning every way it can fail into a one-line message. */
    private static <T> T read(Path p, CsvReading<T> reading) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return reading.from(r);
        } catch (NoSuchFileException e) {
            throw new BadInput("cannot read " + p + ": no such file");
        } catch (CharacterCodingException e) {
            throw new BadInput(p + ": not UTF-8 text");
        } catch (IOException e) {
            throw new BadInput("cannot read " + p + ": " + e.getMessage());
        }
    }

    private interface CsvReading<T> {
        T from(Reader reader) throws IOException;
    }

    static String evaluate(Args a) throws IOException {
        List<LabelledText> train = a.train() == null ? List.of() : readLabelled(a.train());
        List<LabelledText> test = a.test() == null ? List.of() : readLabelled(a.test());
        if (a.folds() != null && a.folds() > train.size()) {
            throw new BadInput("--folds " + a.folds() + " is more than the " + train.size() + " rows of " + a.train());
        }
        Set<String> found = new TreeSet<>();
        train.forEach(t -> found.addAll(t.themes()));
        test.forEach(t -> found.addAll(t.themes()));

        List<Theme> taxonomy;
        String taxonomySource;
        boolean builtIn = false;
        if (a.taxonomy() != null) {
            taxonomy = readTaxonomy(a.taxonomy());
            Set<String> ids = new HashSet<>();
            taxonomy.forEach(t -> ids.add(t.id()));
            for (String l : found) {
                if (!ids.contains(l)) throw new BadInput("theme id " + l + " is not in the taxonomy " + a.taxonomy());
            }
            taxonomySource = a.taxonomy().toString();
        } else {
            List<Theme> def = StarterData.defaultTaxonomy();
            Set<String> ids = new HashSet<>();
            def.forEach(t -> ids.add(t.id()));
            if (ids.containsAll(found)) {
                taxonomy = def;
                builtIn = true;
                taxonomySource = "built-in";
            } else {
                taxonomy = found.stream().map(id -> new Theme(id, id.replace('-', ' '), "", List.of())).toList();
                taxonomySource = "labels found in the files";
            }
        }
        if (taxonomy.isEmpty()) throw new BadInput("no labels in the files and no --taxonomy: nothing to evaluate");
        boolean useStarter = builtIn && !a.noStarter();
        List<LabelledText> starter = useStarter ? StarterData.starterExamples() : List.of();
        List<String> labelIds = taxonomy.stream().map(Theme::id).toList();
        ThemeTrainer trainer = new ThemeTrainer(a.options());

        List<Set<String>> gold = new ArrayList<>(), predicted = new ArrayList<>();
        List<String> testTexts = new ArrayList<>();
        double trainSeconds = 0;
        int trainings = 0, trainSizeSum = 0;
        ThemeModel last = null;
        // a simulated new consultation (learning curve): the starter never saw any of the files' texts
        Set<String> alwaysExclude = new HashSet<>();
        if (a.trainSample() != null) {
            train.forEach(t -> alwaysExclude.add(TextAnalyzer.dedupeKey(t.text())));
            test.forEach(t -> alwaysExclude.add(TextAnalyzer.dedupeKey(t.text())));
        }
        if (a.folds() == null) {
            List<LabelledText> sampled = sample(train, a.trainSample());
            List<LabelledText> tr = new ArrayList<>(withoutTexts(starter, concat(test, sampled), alwaysExclude));
            tr.addAll(sampled);
            long t0 = System.nanoTime();
            last = trainer.train(taxonomy, tr);
            trainSeconds = (System.nanoTime() - t0) / 1e9;
            trainings = 1;
            trainSizeSum = last.trainingSize();
            List<String> texts = test.stream().map(LabelledText::text).toList();
            List<List<ThemeTag>> tags = last.tagAll(texts);
            for (int i = 0; i < test.size(); i++) {
                gold.add(test.get(i).themes());
                predicted.add(ids(tags.get(i)));
            }
            testTexts.addAll(texts);
        } else {
            int k = a.folds();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) order.add(i);
            Collections.shuffle(order, new Random(42));
            for (int fold = 0; fold < k; fold++) {
                List<LabelledText> tr = new ArrayList<>(), te = new ArrayList<>();
                for (int j = 0; j < order.size(); j++) (j % k == fold ? te : tr).add(train.get(order.get(j)));
                List<LabelledText> sampled = sample(tr, a.trainSample());
                // held-out texts never reach training; a text both in the starter and in --train keeps --train's labels
                List<LabelledText> all = new ArrayList<>(withoutTexts(starter, concat(te, sampled), alwaysExclude));
                all.addAll(sampled);
                long t0 = System.nanoTime();
                last = trainer.train(taxonomy, all);
                trainSeconds += (System.nanoTime() - t0) / 1e9;
                trainings++;
                trainSizeSum += last.trainingSize();
                List<String> texts = te.stream().map(LabelledText::text).toList();
                List<List<ThemeTag>> tags = last.tagAll(texts);
                for (int i = 0; i < te.size(); i++) {
                    gold.add(te.get(i).themes());
                    predicted.add(ids(tags.get(i)));
                }
                testTexts.addAll(texts);
            }
        }
        EvaluationFigures fig = Metrics.evaluate(labelIds, gold, predicted);
        double speed = a.speed() ? tagsPerSecond(last, testTexts) : -1;

        StringBuilder j = new StringBuilder("{");
        field(j, "items", fig.items());
        field(j, "micro_f1", fig.microF1());
        field(j, "macro_f1", fig.macroF1());
        field(j, "samples_f1", fig.samplesF1());
        field(j, "micro_precision", fig.microPrecision());
        field(j, "micro_recall", fig.microRecall());
        j.append("\"labels\":{");
        boolean first = true;
        for (Map.Entry<String, EvaluationFigures.LabelFigures> e : fig.labels().entrySet()) {
            if (!first) j.append(',');
            first = false;
            EvaluationFigures.LabelFigures f = e.getValue();
            j.append(str(e.getKey())).append(":{");
            field(j, "precision", f.precision());
            field(j, "recall", f.recall());
            field(j, "f1", f.f1());
            j.append("\"support\":").append(f.support()).append('}');
        }
        j.append("},");
        field(j, "train_seconds", trainSeconds / trainings);
        field(j, "train_examples", trainSizeSum / trainings);
        if (a.speed()) field(j, "tag_per_second", Math.round(speed));
        field(j, "cores", Runtime.getRuntime().availableProcessors());
        j.append("\"mode\":").append(str(a.folds() == null ? "holdout" : a.folds() + "-fold cross-validation")).append(',');
        j.append("\"taxonomy\":").append(str(taxonomySource)).append(',');
        j.append("\"starter\":").append(useStarter).append(',');
        if (a.trainSample() != null) field(j, "train_sample", a.trainSample());
        double[] th = last.thresholds();
        double thSum = 0;
        for (double t : th) thSum += t;
        field(j, "threshold_mean", th.length == 0 ? 0 : thSum / th.length);
        field(j, "top_threshold", last.topThreshold() > 1 ? -1 : last.topThreshold());
        j.append("\"model_version\":").append(str(last.version())).append(',');
        j.append("\"machine\":").append(machine());
        j.append('}');
        return j.toString();
    }

    private static List<LabelledText> concat(List<LabelledText> a, List<LabelledText> b) {
        List<LabelledText> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<LabelledText> sample(List<LabelledText> train, Integer n) {
        if (n == null || n >= train.size()) return train;
        List<LabelledText> copy = new ArrayList<>(train);
        Collections.shuffle(copy, new Random(7));
        return copy.subList(0, n);
    }

    /** The starter examples minus any whose normalised text is one of the held-out texts (or otherwise excluded). */
    static List<LabelledText> withoutTexts(List<LabelledText> starter, List<LabelledText> heldOut, Set<String> alsoExclude) {
        if (starter.isEmpty()) return starter;
        Set<String> keys = new HashSet<>(alsoExclude);
        heldOut.forEach(t -> keys.add(TextAnalyzer.dedupeKey(t.text())));
        return starter.stream().filter(s -> !keys.contains(TextAnalyzer.dedupeKey(s.text()))).toList();
    }

    private static Set<String> ids(List<ThemeTag> tags) {
        Set<String> s = new HashSet<>();
        for (ThemeTag t : tags) s.add(t.themeId());
        return s;
    }

    /** Texts tagged per second on all cores, after warm-up, over at least 100,000 texts (the test texts repeated). */
    static double tagsPerSecond(ThemeModel model, List<String> texts) {
        if (texts.isEmpty()) return 0;
        List<String> many = new ArrayList<>(SPEED_TEXTS + texts.size());
        while (many.size() < SPEED_TEXTS) many.addAll(texts);
        // warm-up: JIT compilation and stem cache
        model.tagAll(many.subList(0, Math.min(many.size(), 30_000)));
        model.tagAll(many.subList(0, Math.min(many.size(), 30_000)));
        long t0 = System.nanoTime();
        List<List<ThemeTag>> r = model.tagAll(many);
        double s = (System.nanoTime() - t0) / 1e9;
        if (r.size() != many.size()) throw new IllegalStateException("lost texts");
        return many.size() / s;
    }

    static String machine() {
        String cpu = "unknown";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) { cpu = line.substring(line.indexOf(':') + 1).trim(); break; }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux: leave unknown
        }
        return "{\"os\":" + str(System.getProperty("os.name") + " " + System.getProperty("os.version"))
                + ",\"arch\":" + str(System.getProperty("os.arch"))
                + ",\"cpu\":" + str(cpu)
                + ",\"java\":" + str(System.getProperty("java.vm.name") + " " + System.getProperty("java.version")) + "}";
    }

    private static void field(StringBuilder j, String name, double v) {
        j.append(str(name)).append(':').append(String.format(Locale.ROOT, "%.4f", v)).append(',');
    }

    private static void field(StringBuilder j, String name, long v) {
        j.append(str(name)).append(':').append(v).append(',');
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    private static String oneLine(String s) {
        return s == null ? "error" : s.replaceAll("\\s+", " ").trim();
    }
}
