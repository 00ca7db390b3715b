package org.tellus.tagging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.plan.PlanService;
import org.tellus.plan.ThemeSummary;
import org.tellus.tagging.engine.CachingEmbedder;
import org.tellus.tagging.engine.LabelledText;
import org.tellus.tagging.engine.OnnxEmbedders;
import org.tellus.tagging.engine.StarterData;
import org.tellus.tagging.engine.Theme;
import org.tellus.tagging.engine.ThemeModel;
import org.tellus.tagging.engine.ThemeTrainer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.tellus.base.jobs.Jobs;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The model in use, kept in memory and followed from the database: whichever instance activates a version,
 * every instance picks it up at its next look. A council with no model yet gets the cold-start model, trained
 * in-process from its own taxonomy and the starter data that ships with the app.
 */
@Component
class ActiveModel {

    private static final Logger log = LoggerFactory.getLogger(ActiveModel.class);

    /** Instances that start together train the cold-start model once: one holds this lease, the others wait. */
    private static final String COLD_START = "cold-start-model";
    private static final Duration COLD_START_LEASE = Duration.ofMinutes(2);
    private static final Duration COLD_START_WAIT = Duration.ofMillis(500);

    private final ModelStore store;
    private final PlanService plan;
    private final Jobs jobs;
    private final Timer trainingTime;
    private final StoredVectors vectors;
    /** Vectors of the texts every training has (starter data, taxonomy, officers' theme examples): made once. */
    private final Map<String, CachingEmbedder> commonVectors = new ConcurrentHashMap<>();
    private volatile ThemeModel current;

    ActiveModel(ModelStore store, PlanService plan, Jobs jobs, MeterRegistry meters, StoredVectors vectors) {
        this.store = store;
        this.plan = plan;
        this.jobs = jobs;
        this.trainingTime = Timer.builder("tellus.model.training").description("Training a theme model").register(meters);
        this.vectors = vectors;
    }

    /** The active model, loading or training it first if needed. */
    synchronized ThemeModel get() {
        String activeVersion = store.activeVersion().orElseGet(this::coldStart);
        if (current == null || !current.version().equals(activeVersion)) {
            String version = activeVersion;
            current = store.load(version).orElseThrow(() -> new IllegalStateException("Model " + version + " is missing"));
            log.info("Theme model {} is active", version);
        }
        return current;
    }

    /**
     * Trains on the council's current (not retired) themes, the shipped starter examples, the officers' example
     * statements of each theme and any extra labelled examples.
     */
    ThemeModel train(List<LabelledText> extraExamples) {
        TrainingSet set = trainingSet(extraExamples);
        long started = System.nanoTime();
        ThemeModel model = trainer(set.examples()).train(set.taxonomy(), set.examples());
        long nanos = System.nanoTime() - started;
        trainingTime.record(nanos, TimeUnit.NANOSECONDS);
        log.info("Trained theme model {} on {} examples in {} ms", model.version(), model.trainingSize(), nanos / 1_000_000);
        return model;
    }

    /**
     * A trainer that reads the stored vectors of officer-labelled answers ({@code answer-ID} examples) and makes the
     * others once per process, so a retraining embeds nothing it has seen before.
     */
    private ThemeTrainer trainer(List<LabelledText> examples) {
        ThemeTrainer.Options options = ThemeTrainer.Options.defaults();
        if (!options.embeds()) {
            return new ThemeTrainer(options);
        }
        CachingEmbedder common = commonVectors.computeIfAbsent(options.embedder(),
                name -> new CachingEmbedder(OnnxEmbedders.named(name)));
        CachingEmbedder forThisTraining = new CachingEmbedder(common);
        Map<Long, String> answers = new HashMap<>();
        for (LabelledText e : examples) {
            if (answerId(e) != null) answers.put(answerId(e), e.text());
        }
        vectors.answerVectors(List.copyOf(answers.keySet()), options.embedder()).forEach((id, v) -> {
            if (v.length == forThisTraining.dimension()) forThisTraining.remember(answers.get(id), v);
        });
        return new ThemeTrainer(options, forThisTraining);
    }

    /**
     * The stored vectors of these examples for the model's embedding model, in order: null where an example is not
     * an answer with a stored vector (the model then embeds its text).
     */
    List<float[]> storedVectors(List<LabelledText> examples, ThemeModel model) {
        String embedder = model.embeddingModel().orElse(null);
        if (embedder == null) return java.util.Collections.nCopies(examples.size(), null);
        Map<Long, float[]> stored = vectors.answerVectors(examples.stream().map(ActiveModel::answerId)
                .filter(java.util.Objects::nonNull).toList(), embedder);
        return examples.stream().map(e -> answerId(e) == null ? null : stored.get(answerId(e))).toList();
    }

    private static Long answerId(LabelledText e) {
        if (!e.id().startsWith(ANSWER_EXAMPLE)) return null;
        try {
            return Long.valueOf(e.id().substring(ANSWER_EXAMPLE.length()));
        } catch (NumberFormatException notAnAnswer) {
            return null;
        }
    }

    /** How the review feature names an officer-labelled answer among the training examples. */
    static final String ANSWER_EXAMPLE = "answer-";

    record TrainingSet(List<Theme> taxonomy, List<LabelledText> examples) {
    }

    TrainingSet trainingSet(List<LabelledText> extraExamples) {
        List<ThemeSummary> themes = SystemTask.runAs(Roles.OFFICER, plan::themes).stream()
                .filter(t -> !t.retired()).toList();
        List<Theme> taxonomy = themes.stream()
                .map(t -> new Theme(t.id(), t.name(), t.description(), t.keywords())).toList();
        Set<String> ids = taxonomy.stream().map(Theme::id).collect(Collectors.toSet());
        List<LabelledText> examples = new java.util.ArrayList<>(StarterData.starterExamples().stream()
                .filter(e -> e.themes().isEmpty() || ids.containsAll(e.themes())).toList());
        // Officers' example statements of each theme are labelled examples like the shipped ones.
        for (ThemeSummary theme : themes) {
            for (int i = 0; i < theme.examples().size(); i++) {
                examples.add(new LabelledText("theme-example:" + theme.id() + ":" + i, theme.examples().get(i), Set.of(theme.id())));
            }
        }
        for (LabelledText extra : extraExamples) {
            // A theme retired since the officer chose it is no longer learnt; an answer left with none of its
            // themes would teach "no theme", which the officer never said.
            Set<String> known = extra.themes().stream().filter(ids::contains).collect(Collectors.toSet());
            if (extra.themes().isEmpty() || !known.isEmpty()) {
                examples.add(new LabelledText(extra.id(), extra.text(), known));
            }
        }
        return new TrainingSet(taxonomy, examples);
    }

    /**
     * Whether there are themes to train on: a council that has not loaded its taxonomy yet (decision 033) has none,
     * and its answers wait untagged rather than failing at every sweep. The tagger tells two themes apart at least.
     */
    boolean hasTaxonomy() {
        return SystemTask.runAs(Roles.OFFICER, plan::themes).stream().filter(t -> !t.retired()).count() >= 2;
    }

    /** The model's themes that may still be suggested: a theme retired since the model was trained is not. */
    Set<String> suggestable(ThemeModel model) {
        Set<String> retired = SystemTask.runAs(Roles.OFFICER, plan::themes).stream()
                .filter(ThemeSummary::retired).map(ThemeSummary::id).collect(Collectors.toSet());
        Set<String> ids = new java.util.HashSet<>(model.themeIds());
        ids.removeAll(retired);
        return ids;
    }

    /** Trains and activates the cold-start model here, or waits while another instance does. */
    private String coldStart() {
        while (true) {
            jobs.runExclusively(COLD_START, COLD_START_LEASE, () -> {
                if (store.activeVersion().isEmpty()) {
                    ThemeModel starter = trainColdStart();
                    store.save(starter);
                    store.activate(starter.version());
                    current = starter;
                }
            });
            Optional<String> active = store.activeVersion();
            if (active.isPresent()) {
                return active.get();
            }
            try {
                Thread.sleep(COLD_START_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while another instance trains the cold-start model", e);
            }
        }
    }

    private ThemeModel trainColdStart() {
        log.info("No theme model yet: training the cold-start model from the taxonomy and the starter data");
        return train(List.of());
    }
}
