package org.tellus.tagging.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model of words and meaning: sentence vectors under maxent, tagging from stored vectors, word explanations. */
class CombinedModelTest {

    static ThemeModel combined;
    static ThemeModel wordsOnly;

    @BeforeAll
    static void train() {
        combined = new ThemeTrainer().train(ThemeModelTest.TAXONOMY, ThemeModelTest.EXAMPLES);
        wordsOnly = new ThemeTrainer(ThemeTrainer.Options.defaults().wordsOnly())
                .train(ThemeModelTest.TAXONOMY, ThemeModelTest.EXAMPLES);
    }

    @Test
    void theModelNamesTheEmbeddingModelItReads() {
        assertEquals(OnnxEmbedders.DEFAULT, combined.embeddingModel().orElseThrow());
        assertTrue(wordsOnly.embeddingModel().isEmpty());
        assertNull(wordsOnly.embed("anything"));
        assertEquals(384, combined.embed("anything").length);
    }

    @Test
    void meaningRaisesAThemeWhoseWordsTheTrainingNeverSaw() {
        // none of these words is in the transport examples or the taxonomy's transport text
        String paraphrase = "My commute to the office takes forever";
        int transport = combined.themeIds().indexOf("transport");
        double withMeaning = combined.confidences(paraphrase)[transport];
        double withWords = wordsOnly.confidences(paraphrase)[transport];
        assertTrue(withMeaning > withWords + 0.05, "with meaning " + withMeaning + ", words only " + withWords);
    }

    @Test
    void taggingFromStoredVectorsGivesTheSameTagsAsTaggingFromText() {
        for (LabelledText e : ThemeModelTest.EXAMPLES) {
            float[] stored = Vectors.fromBytes(Vectors.toBytes(combined.embed(e.text())));
            assertEquals(combined.read(e.text()), combined.read(e.text(), stored), e.text());
        }
        List<String> texts = ThemeModelTest.EXAMPLES.stream().map(LabelledText::text).toList();
        assertEquals(combined.readAll(texts), combined.readAll(texts, combined.embedAll(texts)));
    }

    @Test
    void aVectorOfAnotherLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> combined.read("The buses are late", new float[12]));
    }

    @Test
    void explanationsAreWordsOfTheText() {
        for (String text : List.of("The bus fares keep going up", "Rents are too high for families",
                "Plant trees in the playground")) {
            List<ThemeTag> tags = combined.tag(text);
            assertFalse(tags.isEmpty(), text);
            for (ThemeTag t : tags) {
                assertFalse(t.explainingWords().isEmpty(), text);
                for (String w : t.explainingWords()) {
                    assertTrue(text.toLowerCase().contains(w), "'" + w + "' is not a word of '" + text + "'");
                }
            }
        }
        assertEquals("transport", combined.tag("The bus fares keep going up").getFirst().themeId());
    }

    @Test
    void theMeaningHalfSurvivesWritingAndReading() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        combined.writeTo(bytes);
        ThemeModel back = ThemeModel.readFrom(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(combined.embeddingModel(), back.embeddingModel());
        for (LabelledText e : ThemeModelTest.EXAMPLES) {
            assertArrayEquals(combined.confidences(e.text()), back.confidences(e.text()), 1e-6, e.text());
        }
    }

    @Test
    void aTrainerReadsVectorsHandedInInsteadOfEmbeddingAgain() {
        OnnxEmbeddersTest.CountingEmbedder counting =
                new OnnxEmbeddersTest.CountingEmbedder(OnnxEmbedders.named(OnnxEmbedders.DEFAULT));
        CachingEmbedder stored = new CachingEmbedder(counting);
        for (LabelledText e : ThemeModelTest.EXAMPLES) stored.remember(e.text(), combined.embed(e.text()));
        for (LabelledText e : new ThemeTrainer().pseudoExamples(ThemeModelTest.TAXONOMY)) {
            stored.remember(e.text(), combined.embed(e.text()));
        }
        ThemeModel again = new ThemeTrainer(ThemeTrainer.Options.defaults(), stored)
                .train(ThemeModelTest.TAXONOMY, ThemeModelTest.EXAMPLES);
        assertEquals(0, counting.calls, "training from stored vectors ran the embedding model");
        assertEquals(combined.version(), again.version());
        for (LabelledText e : ThemeModelTest.EXAMPLES) assertEquals(combined.tag(e.text()), again.tag(e.text()));
    }
}
