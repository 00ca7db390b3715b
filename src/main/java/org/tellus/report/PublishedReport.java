package org.tellus.report;

import java.time.Instant;

/** One published version of a report: its number (1 up), when it was published, and the content as frozen then. */
public record PublishedReport(int version, Instant publishedAt, ReportContent content) {
}
