package org.tellus.plan;

import java.util.List;

/** A theme as officers and the tagger see it; {@code version} is what an edit of it must name (optimistic lock). */
public record ThemeSummary(String id, String name, String description, List<String> keywords,
                           List<String> priorityIds, boolean retired, List<String> examples, long version) {
}
