package org.tellus.abuse;

/**
 * A proof-of-work puzzle (ALTCHA's scheme, decision 032): find the number {@code n <= maxNumber} with
 * {@code SHA-256(salt + n) = challenge}. The salt carries its expiry; the signature proves the server made it.
 */
public record BotChallenge(String salt, String challenge, String signature, long maxNumber) {
}
