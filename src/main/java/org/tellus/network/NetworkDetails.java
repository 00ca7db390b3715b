package org.tellus.network;

import java.util.List;

/**
 * A network as the caller sees it.
 *
 * @param myStatus     the caller's membership status, or null when they never had one
 * @param facilitating whether the caller may manage it (a facilitator of it, or an administrator)
 * @param memberCount  the number of members, or null when the caller may not know it (not a member or facilitator)
 * @param facilitators the facilitators' display names
 * @param decisionMessage what a facilitator wrote to the caller with their latest decision (an approval, a declined
 *                        request or a removal), or null
 */
public record NetworkDetails(long id, String slug, String name, String description, Visibility visibility,
                             boolean forumInAnalysis, MembershipStatus myStatus, boolean facilitating, Long memberCount,
                             List<String> facilitators, String decisionMessage) {

    public boolean isMember() {
        return myStatus == MembershipStatus.MEMBER;
    }
}
