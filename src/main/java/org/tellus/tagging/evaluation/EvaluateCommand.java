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
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.tellus.tagging.engine.CachingEmbedder;
import org.tellus.tagging.engine.EvaluationFigures;
import org.tellus.tagging.engine.OnnxEmbedders;
import org.tellus.tagging.engine.LabelledCsv;
import org.tellus.tagging.engine.LabelledText;
import org.tellus.tagging.engine.Metrics;
import org.tellus.tagging.engine.StarterData;
import org.tellus.tagging.engine.TextAnalyzer;
import org.tellus.tagging.engine.Theme;
import org.tellus.tagging.engine.ThemeModel;
import org.tellus.tagging.engine.ThemeTag;
import org.tellus.tagging.engine.ThemeTrainer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code evaluate --test TEST.csv [--train TRAIN.csv] [--folds K] [--taxonomy THEMES.csv] [--no-starter]}:
 * trains the theme tagger, scores it on labelled data and prints one JSON object on stdout. Needs no database and
 * starts no server. Bad input: one line on stderr, exit code 2.
 */
public final class EvaluateCommand {

    static final String USAGE = "usage: evaluate --test TEST.csv [--train TRAIN.csv] [--folds K] [--taxonomy THEMES.csv] [--no-starter]";

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
        Inputs in = Inputs.read(a);
        // every text is embedded once per run: the folds' trainings and the tuning read the same vectors
        CachingEmbedder vectors = a.options().embeds() ? new CachingEmbedder(OnnxEmbedders.named(a.options().embedder())) : null;
        // embedded up front, as the app stores a vector with each text when it is first tagged: the training times
        // are then those of training from stored vectors, and this pass gives the embedding speed
        double embedPerSecond = vectors == null ? 0 : embedPerSecond(vectors, in.train(), in.test(), in.starter());
        Run run = new Run(new ThemeTrainer(a.options(), vectors), in.taxonomy());
        // a simulated new consultation (learning curve): the starter never saw any of the files' texts
        Set<String> alwaysExclude = new HashSet<>();
        if (a.trainSample() != null) {
            in.train().forEach(t -> alwaysExclude.add(TextAnalyzer.dedupeKey(t.text())));
            in.test().forEach(t -> alwaysExclude.add(TextAnalyzer.dedupeKey(t.text())));
        }
        if (a.folds() == null) {
            run.trainAndTag(in.starter(), sample(in.train(), a.trainSample()), in.test(), alwaysExclude);
        } else {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < in.train().size(); i++) order.add(i);
            Collections.shuffle(order, new Random(42));
            for (int fold = 0; fold < a.folds(); fold++) {
                List<LabelledText> tr = new ArrayList<>(), te = new ArrayList<>();
                for (int j = 0; j < order.size(); j++) (j % a.folds() == fold ? te : tr).add(in.train().get(order.get(j)));
                run.trainAndTag(in.starter(), sample(tr, a.trainSample()), te, alwaysExclude);
            }
        }
        EvaluationFigures fig = Metrics.evaluate(in.taxonomy().stream().map(Theme::id).toList(), run.gold, run.predicted);
        Speeds speed = a.speed() ? Speeds.measure(run.last, run.testTexts) : null;
        return json(a, in, run, fig, speed, vectors == null ? null : embedPerSecond);
    }

    /** The files read, the taxonomy they are scored on, and the starter examples in play. */
    record Inputs(List<LabelledText> train, List<LabelledText> test, List<Theme> taxonomy, String taxonomySource,
                  boolean useStarter, List<LabelledText> starter) {

        static Inputs read(Args a) throws IOException {
            List<LabelledText> train = a.train() == null ? List.of() : readLabelled(a.train());
            List<LabelledText> test = a.test() == null ? List.of() : readLabelled(a.test());
            if (a.folds() != null && a.folds() > train.size()) {
                throw new BadInput("--folds " + a.folds() + " is more than the " + train.size() + " rows of " + a.train());
            }
            Set<String> found = new TreeSet<>();
            train.forEach(t -> found.addAll(t.themes()));
            test.forEach(t -> found.addAll(t.themes()));
            List<Theme> taxonomy;
            String source;
            boolean builtIn = false;
            if (a.taxonomy() != null) {
                taxonomy = readTaxonomy(a.taxonomy());
                Set<String> ids = ids(taxonomy);
                for (String l : found) {
                    if (!ids.contains(l)) throw new BadInput("theme id " + l + " is not in the taxonomy " + a.taxonomy());
                }
                source = a.taxonomy().toString();
            } else if (ids(StarterData.defaultTaxonomy()).containsAll(found)) {
                taxonomy = StarterData.defaultTaxonomy();
                builtIn = true;
                source = "built-in";
            } else {
                taxonomy = found.stream().map(id -> new Theme(id, id.replace('-', ' '), "", List.of())).toList();
                source = "labels found in the files";
            }
            if (taxonomy.isEmpty()) throw new BadInput("no labels in the files and no --taxonomy: nothing to evaluate");
            boolean useStarter = builtIn && !a.noStarter();
            return new Inputs(train, test, taxonomy, source, useStarter,
                    useStarter ? StarterData.starterExamples() : List.of());
        }

        private static Set<String> ids(List<Theme> taxonomy) {
            Set<String> ids = new HashSet<>();
            taxonomy.forEach(t -> ids.add(t.id()));
            return ids;
        }
    }

    /** The trainings of one evaluation (one, or one per fold) and their predictions, pooled. */
    private static final class Run {
        final ThemeTrainer trainer;
        final List<Theme> taxonomy;
        final List<Set<String>> gold = new ArrayList<>(), predicted = new ArrayList<>();
        final List<String> testTexts = new ArrayList<>();
        double trainSeconds;
        int trainings, trainSizeSum;
        ThemeModel last;

        Run(ThemeTrainer trainer, List<Theme> taxonomy) {
            this.trainer = trainer;
            this.taxonomy = taxonomy;
        }

        /** Held-out texts never reach training; a text both in the starter and in the training keeps the latter's labels. */
        void trainAndTag(List<LabelledText> starter, List<LabelledText> train, List<LabelledText> heldOut,
                         Set<String> alwaysExclude) {
            List<LabelledText> all = new ArrayList<>(withoutTexts(starter, concat(heldOut, train), alwaysExclude));
            all.addAll(train);
            // the texts to tag are the new consultation's answers: unlabelled, they may be learnt from (self-training)
            List<String> texts = heldOut.stream().map(LabelledText::text).toList();
            long t0 = System.nanoTime();
            last = trainer.train(taxonomy, all, texts);
            trainSeconds += (System.nanoTime() - t0) / 1e9;
            trainings++;
            trainSizeSum += last.trainingSize();
            List<List<ThemeTag>> tags = last.tagAll(texts);
            for (int i = 0; i < heldOut.size(); i++) {
                gold.add(heldOut.get(i).themes());
                predicted.add(ids(tags.get(i)));
            }
            testTexts.addAll(texts);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The one JSON object the command prints; its fields are documented in docs/tagging.md. */
    private static String json(Args a, Inputs in, Run run, EvaluationFigures fig, Speeds speed, Double embedPerSecond) {
        ObjectNode j = JSON.createObjectNode();
        j.put("items", fig.items());
        j.put("micro_f1", round(fig.microF1()));
        j.put("macro_f1", round(fig.macroF1()));
        j.put("samples_f1", round(fig.samplesF1()));
        j.put("micro_precision", round(fig.microPrecision()));
        j.put("micro_recall", round(fig.microRecall()));
        ObjectNode labels = j.putObject("labels");
        fig.labels().forEach((id, f) -> labels.putObject(id).put("precision", round(f.precision()))
                .put("recall", round(f.recall())).put("f1", round(f.f1())).put("support", f.support()));
        j.put("train_seconds", round(run.trainSeconds / run.trainings));
        j.put("train_examples", run.trainSizeSum / run.trainings);
        if (speed != null) {
            j.put("tag_per_second", Math.round(speed.fromText()));
            j.put("retag_per_second", Math.round(speed.fromVectors()));
            if (embedPerSecond != null) j.put("embed_per_second", Math.round(embedPerSecond));
        }
        j.put("embedding_model", run.last.embeddingModel().orElse("none"));
        j.put("cores", Runtime.getRuntime().availableProcessors());
        j.put("mode", a.folds() == null ? "holdout" : a.folds() + "-fold cross-validation");
        j.put("taxonomy", in.taxonomySource());
        j.put("starter", in.useStarter());
        if (a.trainSample() != null) j.put("train_sample", a.trainSample());
        double[] th = run.last.thresholds();
        j.put("threshold_mean", round(th.length == 0 ? 0 : java.util.Arrays.stream(th).average().orElse(0)));
        j.put("top_threshold", round(run.last.topThreshold() > 1 ? -1 : run.last.topThreshold()));
        j.put("model_version", run.last.version());
        j.set("machine", machine());
        return JSON.writeValueAsString(j);
    }

    /** Four decimals, as the figures are read and compared. */
    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    /** Embeds every distinct text of the run once (all cores) into the cache; returns texts per second. */
    private static double embedPerSecond(CachingEmbedder vectors, List<LabelledText> train, List<LabelledText> test,
                                         List<LabelledText> starter) {
        List<String> texts = new ArrayList<>(new java.util.LinkedHashSet<>(
                concat(concat(train, test), starter).stream().map(LabelledText::text).toList()));
        long t0 = System.nanoTime();
        vectors.embedAll(texts);
        return texts.size() / ((System.nanoTime() - t0) / 1e9);
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

    static ObjectNode machine() {
        String cpu = "unknown";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) { cpu = line.substring(line.indexOf(':') + 1).trim(); break; }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux: leave unknown
        }
        return JSON.createObjectNode()
                .put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"))
                .put("arch", System.getProperty("os.arch"))
                .put("cpu", cpu)
                .put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    private static String oneLine(String s) {
        return s == null ? "error" : s.replaceAll("\\s+", " ").trim();
    }
}
