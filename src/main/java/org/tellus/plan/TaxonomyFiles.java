package org.tellus.plan;

/**
 * The taxonomy as the three CSV files of the taxonomy format ({@code plan-priorities.csv}, {@code themes.csv},
 * {@code areas.csv}, UTF-8, a header row); a file not given is null and leaves its part as it is.
 */
public record TaxonomyFiles(String priorities, String themes, String areas) {

    public static final String PRIORITIES_FILE = "plan-priorities.csv";
    public static final String THEMES_FILE = "themes.csv";
    public static final String AREAS_FILE = "areas.csv";
}
