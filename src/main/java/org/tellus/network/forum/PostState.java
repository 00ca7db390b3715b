package org.tellus.network.forum;

/** Whether a post shows its text, or a placeholder in its place. */
public enum PostState {
    VISIBLE,
    /** Hidden by a facilitator: a placeholder for members; the text, marked hidden, for its author and moderators. */
    HIDDEN,
    /** Deleted by its author: a placeholder keeps the conversation's order readable. */
    DELETED,
    /** Its author erased their account: a placeholder says it was removed at their request (decision 031). */
    ERASED
}
