package org.tellus.network.forum;

import java.time.Instant;

/** A report waiting in the moderation queue, with the post it is about. */
public record ReportRow(long reportId, long postId, long threadId, String networkSlug, String networkName,
                        String threadTitle, String authorName, String postText, boolean postHidden,
                        String reporterName, String reason, Instant reportedAt) {

    public String link() {
        return ForumLinks.thread(networkSlug, threadId);
    }
}
