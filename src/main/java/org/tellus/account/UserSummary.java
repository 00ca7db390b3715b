package org.tellus.account;

import java.time.Instant;
import java.util.Set;

/** @param language the tag of the language the person chose (such as "cy"), or null: none chosen */
public record UserSummary(long id, String email, String displayName, Set<String> roles, Instant createdAt,
                          String language) {
}
