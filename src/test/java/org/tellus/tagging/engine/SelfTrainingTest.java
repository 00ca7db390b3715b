package org.tellus.tagging.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Self-training on a consultation's unlabelled answers, and the weighted meaning half it relies on. */
class SelfTrainingTest {

    private static final ThemeTrainer.Options WORDS = ThemeTrainer.Options.defaults().wordsOnly();

    @Test
    void aVectorOfWeightZeroChangesNothingInTheMeaningHalf() {
        List<float[]> vectors = List.of(new float[] {1, 0, 0}, new float[] {0, 1, 0}, new float[] {0, 0, 1},
                new float[] {1, 1, 0}, new float[] {0.9f, 0.1f, 0.2f});
        List<boolean[]> y = List.of(new boolean[] {true}, new boolean[] {false}, new boolean[] {false},
                new boolean[] {true}, new boolean[] {false});
        EmbeddingHeadTrainer trainer = new EmbeddingHeadTrainer(ThemeTrainer.Options.defaults());
        EmbeddingHead withoutLast = trainer.fit("test", vectors.subList(0, 4), y.subList(0, 4), 1);
        EmbeddingHead lastAtZero = trainer.fit("test", vectors, y, new double[] {1, 1, 1, 1, 0}, 1);
        EmbeddingHead lastAtOne = trainer.fit("test", vectors, y, new double[] {1, 1, 1, 1, 1}, 1);
        assertArrayEquals(withoutLast.weights(), lastAtZero.weights(), 1e-5f);
        assertFalse(java.util.Arrays.equals(withoutLast.weights(), lastAtOne.weights()));
    }

    @Test
    void onlyTextsTheModelIsConfidentAboutAreLabelled() {
        ThemeModel model = new ThemeTrainer(WORDS).train(ThemeModelTest.TAXONOMY, ThemeModelTest.EXAMPLES);
        ThemeTrainer.Options options = WORDS.with("selfTrainingRounds", "1").with("selfTrainingConfidence", "0.6");
        List<String> texts = unlabelled();
        List<LabelledText> labelled = new SelfTraining(options, text -> null).labels(model, texts);
        assertFalse(labelled.isEmpty());
        assertTrue(labelled.size() < texts.size(), "some texts are too uncertain to be labelled");
        for (LabelledText e : labelled) {
            double[] p = model.confidences(e.text());
            for (String theme : e.themes()) {
                assertTrue(p[model.themeIds().indexOf(theme)] >= 0.6, e.text() + " " + theme);
            }
        }
    }

    @Test
    void balancedSelfTrainingGivesNoThemeMoreThanItsEvenShare() {
        ThemeModel model = new ThemeTrainer(WORDS).train(ThemeModelTest.TAXONOMY, ThemeModelTest.EXAMPLES);
        ThemeTrainer.Options options = WORDS.with("selfTrainingRounds", "1").with("selfTrainingConfidence", "0.3")
                .with("selfTrainingBalanced", "true");
        List<String> texts = unlabelled();
        Map<String, Integer> perTheme = new HashMap<>();
        for (LabelledText e : new SelfTraining(options, text -> null).labels(model, texts)) {
            e.themes().forEach(t -> perTheme.merge(t, 1, Integer::sum));
        }
        int share = texts.size() / model.themeIds().size();
        assertFalse(perTheme.isEmpty());
        perTheme.forEach((theme, n) -> assertTrue(n <= share, theme + " took " + n + " of a share of " + share));
    }

    @Test
    void tooFewUnlabelledTextsLeaveTheModelAsTrainedOnTheLabelsAlone() {
        ThemeTrainer.Options options = WORDS.with("selfTrainingRounds", "2");
        ThemeTrainer trainer = new ThemeTrainer(options);
        ThemeModel labelsOnly = trainer.train(ThemeModelTest.TAXONOMY, ThemeModelTest.EXAMPLES);
        List<String> few = unlabelled().subList(0, SelfTraining.MIN_UNLABELLED - 1);
        List<String> enough = unlabelled().subList(0, SelfTraining.MIN_UNLABELLED);
        assertEquals(labelsOnly.version(), trainer.train(ThemeModelTest.TAXONOMY, ThemeModelTest.EXAMPLES, few).version());
        ThemeModel selfTrained = trainer.train(ThemeModelTest.TAXONOMY, ThemeModelTest.EXAMPLES, enough);
        assertNotEquals(labelsOnly.version(), selfTrained.version());
        assertEquals(labelsOnly.trainingSize(), selfTrained.trainingSize(), "self-labelled texts are not labels");
    }

    /** Sixty answers a new consultation might get, about the themes of the test taxonomy and about nothing. */
    private static List<String> unlabelled() {
        String[] about = {"The buses never come on time", "Bus fares are far too expensive now",
                "Rents keep rising and families cannot afford a home", "We need more council housing",
                "The park needs more trees and cleaner paths", "Plant wildflowers along the river",
                "I have no strong views", "Thank you for asking", "The library opening hours are short",
                "Trains to the city are overcrowded", "Too many empty homes on our street", "Litter in the park"};
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 60; i++) texts.add(about[i % about.length] + (i < about.length ? "" : " (" + i + ")"));
        return texts;
    }
}
