package org.tellus.tagging.engine;

import java.util.List;

/**
 * Turns a text into a dense sentence vector (unit length) that places texts of similar meaning close together.
 * Implementations are thread-safe.
 */
public interface TextEmbedder {

    /** The model's stable name, stored with every vector it made (e.g. {@code all-minilm-l6-v2-q}). */
    String name();

    /** Length of the vectors. */
    int dimension();

    /** The unit-length vector of one text (an empty or blank text gets a vector too). */
    float[] embed(String text);

    /** Vectors of many texts, in input order, using all cores. */
    default List<float[]> embedAll(List<String> texts) {
        return texts.parallelStream().map(this::embed).toList();
    }
}
