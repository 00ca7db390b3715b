package org.tellus.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the officer writes and chooses for a report, saved as its draft: the introduction, a narrative per plan
 * priority, which marked (consented) quotes to show under each priority in order, and the sections hidden.
 */
public record ReportShaping(String introduction, Map<String, String> narratives, Map<String, List<Long>> quotes,
                            Set<ReportSection> hidden) {

    public static final int MAX_INTRODUCTION = 5000;
    public static final int MAX_NARRATIVE = 3000;

    public ReportShaping {
        introduction = introduction == null ? "" : introduction.strip();
        narratives = narratives == null ? Map.of() : Map.copyOf(narratives);
        quotes = quotes == null ? Map.of() : Map.copyOf(quotes);
        hidden = hidden == null ? Set.of() : Set.copyOf(hidden);
    }

    public static ReportShaping empty() {
        return new ReportShaping("", Map.of(), Map.of(), Set.of());
    }

    public String narrative(String priorityId) {
        return narratives.getOrDefault(priorityId, "");
    }

    public List<Long> quotes(String priorityId) {
        return quotes.getOrDefault(priorityId, List.of());
    }

    public boolean shows(ReportSection section) {
        return !hidden.contains(section);
    }
}
