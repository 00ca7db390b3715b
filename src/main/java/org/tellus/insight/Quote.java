package org.tellus.insight;

import java.time.Instant;

/** A free-text answer marked as a quote for the report, with the attribution it must carry (if any). */
public record Quote(long answerId, String reference, String question, String text, String attribution, Instant markedAt) {
}
