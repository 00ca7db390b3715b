package org.tellus.tagging.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The shipped sentence-embedding models: loaded from the classpath, unit vectors, meaning-based similarity. */
class OnnxEmbeddersTest {

    @Test
    void aKnownSentenceGivesAUnitVectorOfTheModelsDimension() {
        for (String name : OnnxEmbedders.names()) {
            TextEmbedder e = OnnxEmbedders.named(name);
            float[] v = e.embed("The buses are always late in the morning.");
            assertEquals(384, v.length, name);
            assertEquals(384, e.dimension(), name);
            assertEquals(1.0, Vectors.norm(v), 1e-4, name);
            assertEquals(name, e.name());
        }
    }

    @Test
    void textsOfTheSameMeaningAreCloserThanTextsOfAnother() {
        for (String name : OnnxEmbedders.names()) {
            TextEmbedder e = OnnxEmbedders.named(name);
            float[] buses = e.embed("The buses are always late");
            float[] transport = e.embed("Public transport never runs on time");
            float[] rent = e.embed("My landlord keeps putting the rent up");
            assertTrue(Vectors.cosine(buses, transport) > Vectors.cosine(buses, rent) + 0.05,
                    name + ": late buses should be nearer unreliable transport than rising rent");
        }
    }

    @Test
    void blankTextStillGetsAVectorAndTheSameTextTheSameVector() {
        TextEmbedder e = OnnxEmbedders.named(OnnxEmbedders.DEFAULT);
        assertEquals(384, e.embed("  ").length);
        assertEquals(384, e.embed(null).length);
        List<float[]> two = e.embedAll(List.of("Fix the potholes", "Fix the potholes"));
        assertArrayEquals(two.get(0), two.get(1));
        assertArrayEquals(two.get(0), e.embed("Fix the potholes"));
    }

    @Test
    void anUnknownModelNameIsRefusedWithTheKnownNames() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> OnnxEmbedders.named("gpt-9"));
        assertTrue(ex.getMessage().contains(OnnxEmbedders.MINILM), ex.getMessage());
    }

    @Test
    void aCachingEmbedderEmbedsEachTextOnceAndUsesVectorsHandedIn() {
        CountingEmbedder counting = new CountingEmbedder(OnnxEmbedders.named(OnnxEmbedders.DEFAULT));
        CachingEmbedder cache = new CachingEmbedder(counting);
        float[] stored = Vectors.unit(new float[384]);
        stored[0] = 1f;
        cache.remember("stored text", stored);
        cache.embed("new text");
        cache.embed("new text");
        assertSame(stored, cache.embed("stored text"));
        assertEquals(1, counting.calls);
        assertThrows(IllegalArgumentException.class, () -> cache.remember("short", new float[3]));
    }

    @Test
    void vectorsSurviveTheirStoredByteForm() {
        float[] v = OnnxEmbedders.named(OnnxEmbedders.DEFAULT).embed("Parks and green space");
        assertArrayEquals(v, Vectors.fromBytes(Vectors.toBytes(v)));
        assertEquals(384 * 4, Vectors.toBytes(v).length);
        assertThrows(IllegalArgumentException.class, () -> Vectors.fromBytes(new byte[5]));
    }

    /** The real model, counting how often it is asked (to prove the cache, not to replace the model). */
    static final class CountingEmbedder implements TextEmbedder {
        private final TextEmbedder model;
        volatile int calls;

        CountingEmbedder(TextEmbedder model) { this.model = model; }

        @Override public String name() { return model.name(); }
        @Override public int dimension() { return model.dimension(); }
        @Override public synchronized float[] embed(String text) { calls++; return model.embed(text); }
    }
}
