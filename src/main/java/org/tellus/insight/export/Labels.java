package org.tellus.insight.export;

/** Translates the exports' headings and words (the view passes its translations; files speak the officer's language). */
@FunctionalInterface
public interface Labels {

    String get(String key, Object... params);
}
