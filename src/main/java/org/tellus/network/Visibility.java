package org.tellus.network;

/** Who may find a network and how they get in. */
public enum Visibility {
    /** Listed for everyone signed in; anyone signed in joins at once. */
    OPEN,
    /** Listed for everyone signed in; a facilitator approves or declines each request. */
    ON_REQUEST,
    /** Invisible to everyone but its members, invitees, facilitators and administrators. */
    INVITATION_ONLY
}
