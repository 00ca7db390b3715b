package org.tellus.response.imports;

import org.tellus.response.Channel;

import java.time.Instant;
import java.util.List;

/** A row as it would be stored, for the preview: {@code answers} in the consultation's question order. */
public record SampleRow(int row, Instant submittedAt, Channel channel, boolean consentToQuote, List<String> answers) {
}
