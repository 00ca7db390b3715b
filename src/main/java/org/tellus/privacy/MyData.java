package org.tellus.privacy;

import org.tellus.account.UserSummary;
import org.tellus.network.MembershipData;
import org.tellus.network.forum.ForumPostData;
import org.tellus.notification.NotificationDetails;
import org.tellus.response.ResponseData;

import java.time.Instant;
import java.util.List;

/** Everything the app keeps about one person, gathered from each feature that owns a part of it. */
record MyData(UserSummary account, List<ResponseData> responses, List<MembershipData> memberships,
              List<ForumPostData> forumPosts, List<NotificationDetails> notifications, Instant exportedAt) {
}
