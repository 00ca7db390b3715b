package org.tellus.plan;

/** A plan priority; a retired one is still named in history but no longer offered. */
public record PrioritySummary(String id, String plan, String group, String name, String ambition, boolean retired,
                              long version) {
}
