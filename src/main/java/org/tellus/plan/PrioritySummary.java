package org.tellus.plan;

public record PrioritySummary(String id, String plan, String group, String name, String ambition) {
}
