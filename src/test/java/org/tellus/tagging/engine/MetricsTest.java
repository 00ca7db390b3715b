package org.tellus.tagging.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final double E = 1e-9;

    @Test
    void handComputedMicroMacroSamples() {
        // gold / predicted over labels a, b, c
        List<Set<String>> gold = List.of(Set.of("a"), Set.of("a", "b"), Set.of(), Set.of("c"));
        List<Set<String>> pred = List.of(Set.of("a"), Set.of("b"), Set.of(), Set.of("a"));
        EvaluationFigures f = Metrics.evaluate(List.of("a", "b", "c"), gold, pred);
        // a: tp1 fp1 fn1; b: tp1; c: fn1  -> TP2 FP1 FN2
        assertEquals(2.0 / 3, f.microPrecision(), E);
        assertEquals(0.5, f.microRecall(), E);
        assertEquals(4.0 / 7, f.microF1(), E);
        assertEquals((0.5 + 1 + 0) / 3, f.macroF1(), E);
        // items: 1, 2*1/(2+1), both empty = 1, 0
        assertEquals((1 + 2.0 / 3 + 1 + 0) / 4, f.samplesF1(), E);
        assertEquals(4, f.items());
        EvaluationFigures.LabelFigures a = f.labels().get("a");
        assertEquals(0.5, a.precision(), E);
        assertEquals(0.5, a.recall(), E);
        assertEquals(0.5, a.f1(), E);
        assertEquals(2, a.support());
        assertEquals(0, f.labels().get("c").f1(), E);
        assertEquals(1, f.labels().get("c").support());
    }

    @Test
    void macroIgnoresLabelsWithoutSupportButMicroCountsTheirFalsePositives() {
        List<Set<String>> gold = List.of(Set.of("a"), Set.of("a"));
        List<Set<String>> pred = List.of(Set.of("a", "z"), Set.of("a"));
        EvaluationFigures f = Metrics.evaluate(List.of("a", "z"), gold, pred);
        assertEquals(1.0, f.macroF1(), E);
        assertEquals(2 * (2.0 / 3) / (2.0 / 3 + 1), f.microF1(), E);
        assertEquals(0, f.labels().get("z").support());
        assertEquals(0, f.labels().get("z").precision(), E);
        assertEquals((2 * 1.0 / 3 + 1) / 2, f.samplesF1(), E);
    }

    @Test
    void emptyGoldWithPredictionScoresZeroAndBothEmptyScoresOne() {
        EvaluationFigures f = Metrics.evaluate(List.of("a"), List.of(Set.of(), Set.of()), List.of(Set.of("a"), Set.of()));
        assertEquals(0.5, f.samplesF1(), E);
        assertEquals(0, f.microF1(), E);
        assertEquals(0, f.macroF1(), E); // no label has support
    }

    @Test
    void labelsOutsideTheLabelSetAreIgnored() {
        EvaluationFigures f = Metrics.evaluate(List.of("a"), List.of(Set.of("a", "x")), List.of(Set.of("a", "y")));
        assertEquals(1.0, f.microF1(), E);
        assertEquals(1.0, f.samplesF1(), E);
    }
}
