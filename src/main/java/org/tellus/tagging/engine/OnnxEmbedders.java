package org.tellus.tagging.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/**
 * The sentence-embedding models that ship inside the application's jars (ONNX models run in-process by ONNX
 * Runtime through langchain4j's embeddings modules): nothing is downloaded at run time. Each model is loaded once,
 * on first use, and shared (loading takes about a second and 30-60 MB). The choice: decision 014.
 */
public final class OnnxEmbedders {

    /** all-MiniLM-L6-v2, quantized (Apache-2.0): the default, fastest of the two. */
    public static final String MINILM = "all-minilm-l6-v2-q";
    /** bge-small-en-v1.5, quantized (MIT). */
    public static final String BGE = "bge-small-en-v15-q";
    public static final String DEFAULT = MINILM;

    private static final Map<String, Supplier<EmbeddingModel>> MODELS = Map.of(
            MINILM, AllMiniLmL6V2QuantizedEmbeddingModel::new,
            BGE, BgeSmallEnV15QuantizedEmbeddingModel::new);
    private static final Map<String, TextEmbedder> LOADED = new ConcurrentHashMap<>();

    private OnnxEmbedders() {}

    /** The names {@link #named} accepts. */
    public static List<String> names() { return MODELS.keySet().stream().sorted().toList(); }

    /** The shipped model of this name, loaded on first use; IllegalArgumentException for an unknown name. */
    public static TextEmbedder named(String name) {
        Supplier<EmbeddingModel> model = MODELS.get(name);
        if (model == null) throw new IllegalArgumentException("unknown embedding model " + name + "; known: " + names());
        return LOADED.computeIfAbsent(name, n -> new OnnxEmbedder(n, model.get()));
    }

    private record OnnxEmbedder(String name, EmbeddingModel model) implements TextEmbedder {

        @Override public int dimension() { return model.dimension(); }

        @Override public float[] embed(String text) {
            // the tokenizer rejects an empty text; a blank answer still needs a vector (it is simply uninformative)
            String t = text == null || text.isBlank() ? "." : text;
            return Vectors.unit(model.embed(t).content().vector());
        }
    }
}
