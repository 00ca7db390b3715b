package org.tellus.response;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Signs of a flood among a consultation's responses (decision 032), worked out when the officer reads the list:
 * many answers from one address (its keyed hash) within minutes, and free text that repeats another's once case,
 * punctuation and spacing are taken out. A sign is for an officer to look at, never a verdict.
 */
@Component
class FloodSigns {

    /** This many counted answers from one address within {@link #WINDOW_MINUTES} either side flag each of them. */
    static final int FROM_ONE_ADDRESS = 5;
    static final int WINDOW_MINUTES = 10;
    /** Shorter texts ("no", "more buses") repeat by chance and are not fingerprinted. */
    static final int FINGERPRINT_MIN_LENGTH = 20;

    private final JdbcClient jdbc;

    FloodSigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The free texts' fingerprint, or null when there is too little text to tell anything. */
    static String fingerprint(List<String> texts) {
        String joined = Normalizer.normalize(String.join(" ", texts), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (joined.length() < FINGERPRINT_MIN_LENGTH) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    Set<Long> manyFromOneAddress(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT r.id FROM response r WHERE r.id IN (:ids) AND r.origin_key IS NOT NULL AND (
                            SELECT COUNT(*) FROM response o WHERE o.consultation_id = r.consultation_id
                              AND o.origin_key = r.origin_key AND o.status = 'SUBMITTED'
                              AND o.submitted_at BETWEEN r.submitted_at - INTERVAL :minutes MINUTE
                                                     AND r.submitted_at + INTERVAL :minutes MINUTE) >= :count""")
                .param("ids", ids).param("minutes", WINDOW_MINUTES).param("count", FROM_ONE_ADDRESS)
                .query(Long.class).list());
    }

    Set<Long> repeatedText(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT r.id FROM response r WHERE r.id IN (:ids) AND r.text_fingerprint IS NOT NULL AND (
                            SELECT COUNT(*) FROM response o WHERE o.consultation_id = r.consultation_id
                              AND o.text_fingerprint = r.text_fingerprint AND o.status = 'SUBMITTED') >= 2""")
                .param("ids", ids).query(Long.class).list());
    }

    void recordExclusion(long responseId, String reason, Long officerId, java.time.Instant at) {
        jdbc.sql("INSERT INTO response_exclusion (response_id, reason, excluded_by, excluded_at) VALUES (?, ?, ?, ?)")
                .params(responseId, reason, officerId, java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .update();
    }

    String exclusionReason(long responseId) {
        return jdbc.sql("SELECT reason FROM response_exclusion WHERE response_id = ?").param(responseId)
                .query(String.class).optional().orElse(null);
    }
}
