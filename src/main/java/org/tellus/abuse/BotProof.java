package org.tellus.abuse;

/**
 * What the page sends back: the challenge it was given, the number the browser found (-1: none yet) and what the
 * honeypot field holds (a person never sees it, so anything in it is a bot's).
 */
public record BotProof(String salt, String challenge, String signature, long number, String honeypot) {

    public static BotProof none() {
        return new BotProof("", "", "", -1, "");
    }
}
