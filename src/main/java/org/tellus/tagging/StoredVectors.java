package org.tellus.tagging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tellus.tagging.engine.ThemeModel;
import org.tellus.tagging.engine.Vectors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence vector of each answer and forum post, made once and stored (tables {@code answer_embedding},
 * {@code post_embedding}): re-tagging after a model change and retraining read them instead of running the
 * embedding model again. A vector whose text has changed since (an edited post) is made again.
 */
@Repository
class StoredVectors {

    enum Owner {
        ANSWER("answer_embedding", "answer_id"), POST("post_embedding", "post_id");

        final String table;
        final String idColumn;

        Owner(String table, String idColumn) {
            this.table = table;
            this.idColumn = idColumn;
        }
    }

    private final JdbcTemplate jdbc;

    StoredVectors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The vectors of these texts ({@code texts.get(i)} of {@code ids.get(i)}) for the model's embedding model, in the
     * same order: read where stored for the same text, otherwise made now (all cores) and stored. Nulls for a
     * words-only model.
     */
    List<float[]> vectorsFor(Owner owner, List<Long> ids, List<String> texts, ThemeModel model) {
        String embedder = model.embeddingModel().orElse(null);
        if (embedder == null || ids.isEmpty()) {
            return Collections.nCopies(ids.size(), null);
        }
        Map<Long, Stored> stored = read(owner, ids, embedder);
        List<float[]> out = new ArrayList<>(Collections.nCopies(ids.size(), null));
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Stored s = stored.get(ids.get(i));
            if (s != null && Arrays.equals(s.sha(), sha(texts.get(i)))) {
                out.set(i, s.vector());
            } else {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> made = model.embedAll(missing.stream().map(texts::get).toList());
            List<Object[]> rows = new ArrayList<>(missing.size());
            for (int k = 0; k < missing.size(); k++) {
                int i = missing.get(k);
                out.set(i, made.get(k));
                rows.add(new Object[]{ids.get(i), embedder, sha(texts.get(i)), Vectors.toBytes(made.get(k))});
            }
            jdbc.batchUpdate("INSERT INTO " + owner.table + " (" + owner.idColumn + ", model, text_sha, vector) "
                    + "VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE text_sha = VALUES(text_sha), vector = VALUES(vector), "
                    + "created_at = CURRENT_TIMESTAMP(3)", rows);
        }
        return out;
    }

    /** The stored vectors of these answers for this embedding model (those that have one). */
    Map<Long, float[]> answerVectors(List<Long> answerIds, String embedder) {
        Map<Long, float[]> out = new HashMap<>();
        read(Owner.ANSWER, answerIds, embedder).forEach((id, s) -> out.put(id, s.vector()));
        return out;
    }

    private record Stored(byte[] sha, float[] vector) {
    }

    private Map<Long, Stored> read(Owner owner, List<Long> ids, String embedder) {
        Map<Long, Stored> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 1000));
            List<Object> args = new ArrayList<>(part);
            args.add(embedder);
            jdbc.query("SELECT " + owner.idColumn + ", text_sha, vector FROM " + owner.table + " WHERE "
                            + owner.idColumn + " IN (" + String.join(",", Collections.nCopies(part.size(), "?"))
                            + ") AND model = ?",
                    rs -> {
                        out.put(rs.getLong(1), new Stored(rs.getBytes(2), Vectors.fromBytes(rs.getBytes(3))));
                    }, args.toArray());
        }
        return out;
    }

    static byte[] sha(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
