package org.tellus.response;

/** How a response reached the council. Everything but ONLINE is entered or imported by an officer. */
public enum Channel {
    ONLINE, PAPER, PHONE, EVENT, IMPORT;

    public boolean isAssisted() {
        return this == PAPER || this == PHONE || this == EVENT;
    }
}
