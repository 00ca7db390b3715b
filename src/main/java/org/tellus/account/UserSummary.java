package org.tellus.account;

import java.time.Instant;
import java.util.Set;

public record UserSummary(long id, String email, String displayName, Set<String> roles, Instant createdAt) {
}
