package org.tellus.plan;

import java.util.List;

/**
 * An officer's edit of a theme, naming the version they started from: if someone saved the theme since, the edit is
 * refused rather than silently overwriting theirs.
 */
public record ThemeEdit(String themeId, long version, String name, String description, List<String> keywords,
                        List<String> examples, List<String> priorityIds) {

    public ThemeEdit {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        examples = examples == null ? List.of() : List.copyOf(examples);
        priorityIds = priorityIds == null ? List.of() : List.copyOf(priorityIds);
    }

    /** The edit that changes nothing yet: the form starts from it. */
    public static ThemeEdit of(ThemeSummary theme) {
        return new ThemeEdit(theme.id(), theme.version(), theme.name(), theme.description(), theme.keywords(),
                theme.examples(), theme.priorityIds());
    }
}
