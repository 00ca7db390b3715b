package org.tellus.plan;

/**
 * An administrator's new or changed plan priority: {@code id} and {@code version} are null and 0 for a new one.
 * {@code plan} names an existing plan.
 */
public record PriorityEdit(String id, long version, String plan, String group, String name, String ambition) {
}
