package org.tellus.tagging.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The meaning half of a {@link ThemeModel}: for each theme a binary logistic model on the text's sentence vector
 * (trained by OpenNLP's maxent with real-valued features), so texts that say the same thing in other words get the
 * same theme. Immutable.
 *
 * @param embedder the name of the embedding model whose vectors it was trained on (vectors of another model mean
 *                 nothing to it)
 * @param weights  theme-major: {@code weights[l * dimension + i]}
 */
record EmbeddingHead(String embedder, int dimension, float[] weights, float[] bias) {

    EmbeddingHead {
        if (weights.length != dimension * bias.length) throw new IllegalArgumentException("inconsistent embedding head");
    }

    /** Every theme's probability for a text with this sentence vector. */
    double[] probabilities(float[] vector) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("a " + vector.length + "-dimensional vector for a model of " + embedder
                    + " (" + dimension + ")");
        }
        int L = bias.length;
        double[] p = new double[L];
        for (int l = 0; l < L; l++) {
            double s = bias[l];
            int base = l * dimension;
            for (int i = 0; i < dimension; i++) s += vector[i] * weights[base + i];
            p[l] = 1.0 / (1.0 + Math.exp(-s));
        }
        return p;
    }

    void writeTo(DataOutputStream d) throws IOException {
        d.writeUTF(embedder);
        d.writeInt(dimension);
        d.writeInt(bias.length);
        for (float w : weights) d.writeFloat(w);
        for (float b : bias) d.writeFloat(b);
    }

    static EmbeddingHead readFrom(DataInputStream d) throws IOException {
        String embedder = d.readUTF();
        int dimension = d.readInt();
        int L = d.readInt();
        float[] w = new float[dimension * L];
        for (int i = 0; i < w.length; i++) w[i] = d.readFloat();
        float[] b = new float[L];
        for (int i = 0; i < L; i++) b[i] = d.readFloat();
        return new EmbeddingHead(embedder, dimension, w, b);
    }
}
