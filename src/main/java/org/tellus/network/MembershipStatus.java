package org.tellus.network;

/** Where a person stands with a network. Only {@link #MEMBER} is a member. */
public enum MembershipStatus {
    MEMBER, REQUESTED, INVITED, DECLINED, REMOVED, LEFT
}
