package org.tellus.tagging.engine;

import org.springframework.modulith.NamedInterface;

import java.util.Map;

/**
 * Figures of a multi-label evaluation (see {@link Metrics} for the definitions).
 *
 * @param items      number of evaluated texts
 * @param microF1    F1 of the true/false positives and false negatives pooled over all labels
 * @param macroF1    mean per-label F1 over the labels with support in the gold data
 * @param samplesF1  mean over texts of the per-text F1 (1.0 for a text when gold and prediction are both empty)
 * @param labels     per-label figures, in label order
 */
// A named interface of tagging: review retrains the model from labelled texts and reads its figures.
@NamedInterface("training")
public record EvaluationFigures(int items, double microPrecision, double microRecall, double microF1,
                                double macroF1, double samplesF1, Map<String, LabelFigures> labels) {

    public EvaluationFigures {
        labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
    }

    /** Per-label precision, recall, F1, support (gold count) and number predicted. */
    public record LabelFigures(double precision, double recall, double f1, int support, int predicted) {}
}
