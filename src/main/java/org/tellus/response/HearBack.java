package org.tellus.response;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "Tell me the results": a resident ticked it on the answer form. A signed-in resident is told through their
 * account; an anonymous one gives an email address, kept only for this (decision 034).
 *
 * @param email the anonymous resident's address (ignored for a signed-in one), null when none was given
 * @param language the page's language tag, so the email is written in it
 */
public record HearBack(String email, String language) {

    /** Something, an at sign, a dot in the domain, no spaces: enough to catch a typing slip, not a promise. */
    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final int MAX_EMAIL = 320;

    public HearBack {
        email = email == null || email.isBlank() ? null : email.strip();
    }

    /** Whether this looks like an email address one could write to. */
    public static boolean plausible(String email) {
        return email != null && email.strip().length() <= MAX_EMAIL && ADDRESS.matcher(email.strip()).matches();
    }

    String normalisedEmail() {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }
}
