package org.tellus.notification;

/** Why someone is told something. */
public enum NotificationKind {
    REPLY, POST_HIDDEN, MEMBERSHIP, NETWORK_SURVEY, RESULTS
}
