package org.tellus.response;

import java.time.Instant;

/** One line of the officer's response list. */
public record ResponseRow(long id, String reference, Instant submittedAt, Channel channel, String areaId,
                          String excerpt) {
}
