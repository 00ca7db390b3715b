package org.tellus.account;

import java.util.List;

/**
 * An email the account feature needs sent to an account's owner (a sign-in lock, a registration attempt, a
 * password reset link). The notification feature writes it to its outbox; {@code key} names the subject
 * ({@code key.subject}) and the body ({@code key.body}, with {@code params} and then the link appended as the last
 * parameter, made absolute there), in the owner's chosen {@code language} (a tag such as "cy", or null: English).
 */
public record AccountMail(long recipientId, String toAddress, String language, String key, List<String> params,
                          String link) {
}
