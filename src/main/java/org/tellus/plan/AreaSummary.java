package org.tellus.plan;

/**
 * An area as residents pick it and officers count it; {@code code} is an official code (or null), {@code mergedInto}
 * the area a merged one went into, {@code version} what a change of it must name.
 */
public record AreaSummary(String id, String name, String code, boolean retired, String mergedInto, long version) {

    /** An area still in use, as code that only needs its id and name sees it. */
    public AreaSummary(String id, String name) {
        this(id, name, null, false, null, 0);
    }
}
