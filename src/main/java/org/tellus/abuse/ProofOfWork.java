package org.tellus.abuse;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * Makes and checks the bot check's puzzles. Nothing is stored when a puzzle is made (its signature vouches for
 * it); a solved one is stored until it expires, so the same proof is refused the second time, on any instance.
 */
@Component
class ProofOfWork {

    private final Keys keys;
    private final JdbcClient jdbc;
    private final AbuseSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ProofOfWork(Keys keys, JdbcClient jdbc, AbuseSettings settings, Clock clock) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    BotChallenge challenge() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        long expires = clock.instant().plus(settings.challengeLife()).getEpochSecond();
        String salt = HexFormat.of().formatHex(bytes) + "?expires=" + expires + "&";
        long secret = random.nextLong(settings.proofOfWorkMaxNumber() + 1);
        String challenge = Keys.sha256(salt + secret);
        return new BotChallenge(salt, challenge, sign(salt, challenge), settings.proofOfWorkMaxNumber());
    }

    /** True once for a right, unexpired proof made here; false for anything else, including the same proof again. */
    boolean accept(BotProof proof) {
        if (proof == null || proof.number() < 0 || proof.salt() == null || proof.challenge() == null
                || proof.signature() == null || proof.challenge().length() != 64) {
            return false;
        }
        Instant expires = expiry(proof.salt());
        Instant now = clock.instant();
        if (expires == null || !now.isBefore(expires)
                || !constantTimeEquals(sign(proof.salt(), proof.challenge()), proof.signature())
                || !Keys.sha256(proof.salt() + proof.number()).equals(proof.challenge())) {
            return false;
        }
        jdbc.sql("DELETE FROM abuse_used_challenge WHERE expires_at < ?").param(utc(now)).update();
        try {
            jdbc.sql("INSERT INTO abuse_used_challenge (challenge, expires_at) VALUES (?, ?)")
                    .params(proof.challenge(), utc(expires)).update();
            return true;
        } catch (DuplicateKeyException replayed) {
            return false;
        }
    }

    private String sign(String salt, String challenge) {
        return keys.hmac("challenge", salt + challenge);
    }

    private static Instant expiry(String salt) {
        int at = salt.indexOf("?expires=");
        int end = salt.indexOf('&', at + 1);
        if (at < 0 || end < 0) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(salt.substring(at + 9, end)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
