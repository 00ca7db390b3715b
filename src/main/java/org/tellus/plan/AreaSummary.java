package org.tellus.plan;

public record AreaSummary(String id, String name) {
}
