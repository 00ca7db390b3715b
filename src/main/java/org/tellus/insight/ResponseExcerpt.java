package org.tellus.insight;

/** A response behind a number: its reference and the start of the answer that carries the theme. */
public record ResponseExcerpt(String reference, String excerpt) {
}
