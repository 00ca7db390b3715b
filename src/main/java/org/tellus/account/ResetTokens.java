package org.tellus.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

/**
 * The password reset links in {@code password_reset_token}: the secret goes out in the email only; the table keeps
 * its SHA-256, so a copy of the database opens no account.
 */
@Component
class ResetTokens {

    /** A token as stored, for the checks of one use. */
    record Stored(long id, long userId, Instant expiresAt, boolean used) {
    }

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;

    ResetTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new secret for the user, stored hashed; returns the secret for the link. */
    String issue(long userId, Instant now, Instant expiresAt) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("INSERT INTO password_reset_token (user_id, token_hash, expires_at, created_at) VALUES (?, ?, ?, ?)")
                .params(userId, SignInAttempts.sha256(token), utc(expiresAt), utc(now)).update();
        return token;
    }

    boolean issuedSince(long userId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM password_reset_token WHERE user_id = ? AND created_at > ?")
                .params(userId, utc(since)).query(Integer.class).single() > 0;
    }

    /** The token for this secret, locked until the transaction ends, so two uses at once cannot both pass. */
    Optional<Stored> lockForUse(String token) {
        return jdbc.sql("SELECT id, user_id, expires_at, used_at FROM password_reset_token WHERE token_hash = ? FOR UPDATE")
                .param(SignInAttempts.sha256(token))
                .query((rs, i) -> new Stored(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getObject(4) != null))
                .optional();
    }

    /** Uses this token up, and every other of the same user with it: one new password ends them all. */
    void useAll(long userId, Instant now) {
        jdbc.sql("UPDATE password_reset_token SET used_at = ? WHERE user_id = ? AND used_at IS NULL")
                .params(utc(now), userId).update();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
