package org.tellus.network.forum;

/**
 * A thread's header and opening post.
 *
 * @param title        the title, or null when the opening post is hidden from the caller
 * @param canModerate  whether the caller may pin, lock, hide and restore here
 * @param canPost      whether the caller may reply now (not locked)
 * @param replyCount   every reply, placeholders included: the size of the lazy list of replies
 */
public record ForumThread(long id, long networkId, String networkSlug, String networkName, String title,
                          boolean pinned, boolean locked, boolean canModerate, ForumPost opening, int replyCount) {

    public String link() {
        return ForumLinks.thread(networkSlug, id);
    }
}
