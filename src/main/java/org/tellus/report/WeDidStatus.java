package org.tellus.report;

/** Where the council's action on a priority stands. */
public enum WeDidStatus {
    PLANNED, IN_PROGRESS, DONE
}
