package org.tellus.abuse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The installation's one secret (made by the migration, shared by every instance through the database): it signs the
 * bot check's challenges and turns a network address into a keyed hash, so no raw address is stored.
 */
@Component
class Keys {

    private final JdbcClient jdbc;
    private volatile byte[] secret;

    Keys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String hmac(String purpose, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((purpose + ":" + text).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has HmacSHA256", e);
        }
    }

    /** 32 hex digits (128 bits) of the keyed hash: enough to tell addresses apart, useless to recover one. */
    String addressKey(String address) {
        return hmac("address", address).substring(0, 32);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            known = jdbc.sql("SELECT secret_key FROM abuse_secret WHERE id = 1").query(byte[].class).single();
            secret = known;
        }
        return known;
    }
}
