package org.tellus.network.forum;

/** The forum's routes, in one place for the views and for the links that events carry. */
public final class ForumLinks {

    private ForumLinks() {
    }

    public static String forum(String networkSlug) {
        return "networks/" + networkSlug + "/forum";
    }

    public static String thread(String networkSlug, long threadId) {
        return forum(networkSlug) + "/" + threadId;
    }
}
