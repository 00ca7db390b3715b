package org.tellus.tagging.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Embeds each distinct text once: later requests for the same text read the remembered vector. Vectors already
 * made (e.g. stored in the database) can be handed in, so training from them never runs the model. Keep one for a
 * bounded job (an evaluation, a retraining): it holds every vector it has seen.
 */
public final class CachingEmbedder implements TextEmbedder {

    private final TextEmbedder model;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    public CachingEmbedder(TextEmbedder model) { this.model = model; }

    /** Remembers a vector the model made earlier for this text. */
    public void remember(String text, float[] vector) {
        if (vector.length != model.dimension()) {
            throw new IllegalArgumentException("a " + vector.length + "-dimensional vector for " + model.name());
        }
        vectors.put(key(text), vector);
    }

    /** How many texts had to be embedded or were handed in. */
    public int size() { return vectors.size(); }

    /**
     * The model behind the cache, and behind any cache it wraps: what a trained model keeps for new texts (it must not
     * hold on to a cache of every text it has seen).
     */
    public TextEmbedder model() { return model instanceof CachingEmbedder c ? c.model() : model; }

    @Override public String name() { return model.name(); }

    @Override public int dimension() { return model.dimension(); }

    @Override public float[] embed(String text) {
        return vectors.computeIfAbsent(key(text), k -> model.embed(text));
    }

    private static String key(String text) { return text == null ? "" : text; }
}
