package org.tellus.account;

import org.tellus.base.TranslatableException;

import java.util.Locale;
import java.util.Set;

/**
 * NCSC and NIST advice: length over composition rules. At least 10 characters, at most 128, not a
 * well-known password and not the email address.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("password123", "1234567890", "qwertyuiop", "password1234",
            "letmein123", "iloveyou123", "0987654321", "1111111111", "passw0rd12", "welcome123", "abcdefghij");

    private PasswordRules() {
    }

    static void check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new TranslatableException("account.password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new TranslatableException("account.password.too-long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            throw new TranslatableException("account.password.too-common");
        }
        if (email != null && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0]) && email.indexOf('@') > 2) {
            throw new TranslatableException("account.password.contains-email");
        }
    }
}
