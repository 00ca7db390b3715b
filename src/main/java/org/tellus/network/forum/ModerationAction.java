package org.tellus.network.forum;

/** What a facilitator or administrator did, as written to the moderation log. */
public enum ModerationAction {
    HIDE_POST, RESTORE_POST, DISMISS_REPORT, PIN_THREAD, UNPIN_THREAD, LOCK_THREAD, UNLOCK_THREAD
}
