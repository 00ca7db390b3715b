package org.tellus.plan;

import java.util.List;

public record ThemeSummary(String id, String name, String description, List<String> keywords,
                           List<String> priorityIds, boolean retired) {
}
