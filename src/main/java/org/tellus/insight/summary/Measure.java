package org.tellus.insight.summary;

/**
 * The names of what the insight summary counts per cell: every submitted response, those with a free-text answer
 * the model has read (the base of the shares), and those carrying each theme or reaching each plan priority.
 */
public final class Measure {

    public static final String SUBMITTED = "submitted";
    public static final String TAGGED = "tagged";
    /** Followed by a theme id; alone, every theme. */
    public static final String THEME = "theme:";
    /** Followed by a plan priority id; alone, every priority. */
    public static final String PRIORITY = "priority:";

    private Measure() {
    }
}
