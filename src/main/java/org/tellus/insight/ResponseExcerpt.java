package org.tellus.insight;

/**
 * A response behind a number: its reference, the answer that carries the theme (its id and its start), whether
 * the respondent agreed to be quoted, and whether that answer is already a quote for the report.
 */
public record ResponseExcerpt(String reference, long answerId, String excerpt, boolean consentToQuote, boolean quoted) {
}
