package org.tellus.report;

import java.time.Instant;
import java.time.LocalDate;

/** "You said, we did": what the council did (or will do) about one plan priority, its status and its date. */
public record WeDid(String priorityId, String text, WeDidStatus status, LocalDate date, Instant updatedAt) {

    public static final int MAX_TEXT = 2000;
}
