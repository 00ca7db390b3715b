package org.tellus.response;

import java.security.SecureRandom;

/**
 * Response references a resident can read out on the phone: 8 characters of Crockford's base 32
 * (no I, L, O, U), e.g. TU-7K4M-9Q2X. Random, so they reveal nothing about how many responses exist.
 */
final class References {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {
    }

    /** A new reference that {@code taken} does not know. */
    static String unused(java.util.function.Predicate<String> taken) {
        String reference = next();
        while (taken.test(reference)) {
            reference = next();
        }
        return reference;
    }

    static String next() {
        StringBuilder s = new StringBuilder("TU-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                s.append('-');
            }
            s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }
}
