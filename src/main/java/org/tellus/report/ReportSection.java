package org.tellus.report;

/** The parts of a report an officer may hide; the introduction always shows. */
public enum ReportSection {
    PARTICIPATION, PRIORITIES, THEMES, THEMES_OVER_TIME, DIFFERENCES, FORUMS, METHODS
}
