package org.tellus.review;

import java.time.Instant;
import java.util.List;

/** An officer's decision on an answer's themes; no theme ids means "none of these themes". */
public record OfficerDecision(long answerId, String reviewedBy, Instant reviewedAt, List<String> themeIds) {
}
