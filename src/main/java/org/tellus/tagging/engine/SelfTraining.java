package org.tellus.tagging.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Self-training: a consultation's own unlabelled answers, tagged by the model trained so far, become training
 * examples for the next one wherever the model is confident ({@code selfTrainingConfidence}), at half the weight
 * of a labelled example. A new consultation's vocabulary and phrasing then reach the model before any officer has
 * labelled an answer. Measured in docs/tagging.md; kept only where it helps (decision 014).
 */
final class SelfTraining {

    /** A self-labelled text counts half as much as a labelled one: the model's own guess is weaker evidence. */
    static final double WEIGHT = 0.5;
    /** Fewer unlabelled texts than this and there is nothing to learn from a consultation's own answers. */
    static final int MIN_UNLABELLED = 50;

    private final ThemeTrainer.Options options;
    private final Function<String, float[]> vectorOf;

    SelfTraining(ThemeTrainer.Options options, Function<String, float[]> vectorOf) {
        this.options = options;
        this.vectorOf = vectorOf;
    }

    boolean applies(List<String> unlabelled) {
        return options.selfTrainingRounds() > 0 && unlabelled.size() >= MIN_UNLABELLED;
    }

    /** The unlabelled texts the model is confident about, each labelled with the themes it is confident of. */
    List<LabelledText> labels(ThemeModel model, List<String> unlabelled) {
        List<double[]> p = IntStream.range(0, unlabelled.size()).parallel()
                .mapToObj(i -> model.confidences(unlabelled.get(i), vectorOf.apply(unlabelled.get(i)))).toList();
        List<String> ids = model.themeIds();
        List<Set<String>> themes = new ArrayList<>();
        for (int i = 0; i < unlabelled.size(); i++) themes.add(new LinkedHashSet<>());
        int share = options.selfTrainingBalanced() ? Math.max(1, unlabelled.size() / ids.size()) : unlabelled.size();
        for (int l = 0; l < ids.size(); l++) {
            int theme = l;
            IntStream.range(0, unlabelled.size()).boxed()
                    .filter(i -> p.get(i)[theme] >= options.selfTrainingConfidence())
                    .sorted(Comparator.comparingDouble((Integer i) -> -p.get(i)[theme]))
                    .limit(share)
                    .forEach(i -> themes.get(i).add(ids.get(theme)));
        }
        List<LabelledText> out = new ArrayList<>();
        for (int i = 0; i < unlabelled.size(); i++) {
            if (!themes.get(i).isEmpty()) out.add(new LabelledText("self:" + i, unlabelled.get(i), themes.get(i)));
        }
        return out;
    }
}
