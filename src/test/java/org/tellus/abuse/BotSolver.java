package org.tellus.abuse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Solves a bot-check puzzle the way the page's script does, for tests that have no browser to run it. */
public final class BotSolver {

    private BotSolver() {
    }

    public static long solve(BotChallenge challenge) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (long n = 0; n <= challenge.maxNumber(); n++) {
                String hash = HexFormat.of().formatHex(sha.digest((challenge.salt() + n).getBytes(StandardCharsets.UTF_8)));
                if (hash.equals(challenge.challenge())) {
                    return n;
                }
            }
            return -1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A right proof of a new puzzle from the service. */
    public static BotProof proof(AbuseProtection protection) {
        BotChallenge c = protection.challenge();
        return new BotProof(c.salt(), c.challenge(), c.signature(), solve(c), "");
    }

    /** The bot check on a page, solved as the browser would have. */
    public static void solve(BotCheck check) {
        check.solved(solve(check.challenge()));
    }
}
