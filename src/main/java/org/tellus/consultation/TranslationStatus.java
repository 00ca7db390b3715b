package org.tellus.consultation;

/**
 * Where a consultation's translation into one language stands.
 *
 * @param language  the language's tag, e.g. "cy"
 * @param complete  every text is translated and none is out of date, so it may be offered
 * @param outOfDate some original text changed after it was translated (decision 035)
 * @param offered   the officer offers it, and residents see it while it is complete
 */
public record TranslationStatus(String language, boolean complete, boolean outOfDate, boolean offered) {
}
