package org.tellus.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The failed sign-ins and locks in MariaDB, so all instances count together. Each statement commits on its own:
 * a failure is counted even though the sign-in that caused it is refused.
 */
@Component
class SignInAttempts {

    /** Failures older than this are of no use to any rule and are deleted. */
    private static final java.time.Duration KEEP = SignInRules.WINDOW.multipliedBy(4);

    private final JdbcClient jdbc;

    SignInAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account as counted: a hash of the email typed, whether or not an account has it. */
    static String accountKey(String email) {
        return sha256(email.strip().toLowerCase(Locale.ROOT));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    SignInRules.Failures ofPair(String accountKey, String address, Instant now) {
        return jdbc.sql("SELECT COUNT(*), MAX(failed_at) FROM sign_in_failure "
                        + "WHERE account_key = ? AND address = ? AND failed_at > ?")
                .params(accountKey, address, utc(now.minus(SignInRules.WINDOW))).query(SignInAttempts::failures).single();
    }

    SignInRules.Failures ofAddress(String address, Instant now) {
        return jdbc.sql("SELECT COUNT(*), MAX(failed_at) FROM sign_in_failure WHERE address = ? AND failed_at > ?")
                .params(address, utc(now.minus(SignInRules.WINDOW))).query(SignInAttempts::failures).single();
    }

    Instant lockedUntil(String accountKey, String address) {
        return jdbc.sql("SELECT locked_until FROM sign_in_lock WHERE account_key = ? AND address = ?")
                .params(accountKey, address).query(LocalDateTime.class).optional()
                .map(t -> t.toInstant(ZoneOffset.UTC)).orElse(null);
    }

    void recordFailure(String accountKey, String address, Instant now) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < ?").param(utc(now.minus(KEEP))).update();
        jdbc.sql("INSERT INTO sign_in_failure (account_key, address, failed_at) VALUES (?, ?, ?)")
                .params(accountKey, address, utc(now)).update();
    }

    void lock(String accountKey, String address, Instant until) {
        jdbc.sql("INSERT INTO sign_in_lock (account_key, address, locked_until) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE locked_until = VALUES(locked_until)")
                .params(accountKey, address, utc(until)).update();
    }

    /** A successful sign-in forgets that pair's failures; the address's count over other accounts stays. */
    void clearPair(String accountKey, String address) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE account_key = ? AND address = ?").params(accountKey, address).update();
        jdbc.sql("DELETE FROM sign_in_lock WHERE account_key = ? AND address = ?").params(accountKey, address).update();
    }

    /** An account erased: its failures and locks from every address go with it. */
    void forgetAccount(String accountKey) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE account_key = ?").param(accountKey).update();
        jdbc.sql("DELETE FROM sign_in_lock WHERE account_key = ?").param(accountKey).update();
    }

    private static SignInRules.Failures failures(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        LocalDateTime latest = rs.getObject(2, LocalDateTime.class);
        return new SignInRules.Failures(rs.getInt(1), latest == null ? null : latest.toInstant(ZoneOffset.UTC));
    }

    /** UTC wall-clock time, as the app stores instants (hibernate.jdbc.time_zone=UTC). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
