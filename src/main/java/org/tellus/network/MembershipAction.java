package org.tellus.network;

/** What happened to a membership, as recorded in the membership log. */
public enum MembershipAction {
    JOINED, REQUESTED, APPROVED, DECLINED, INVITED, ACCEPTED, INVITATION_DECLINED, LEFT, REMOVED, ADDED
}
