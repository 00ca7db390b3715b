package org.tellus.plan;

/** A council plan: its name and the years it runs (either may be unknown, null). */
public record PlanSummary(String name, Integer startsYear, Integer endsYear, long version) {
}
