package org.tellus.network.forum;

import org.springframework.stereotype.Component;
import org.tellus.base.TranslatableException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops floods without getting in the way of a conversation: at most {@value #PER_MINUTE} new posts a minute and
 * {@value #PER_HOUR} an hour per person (docs/decisions/006). Counted from the posts table, deleted posts included,
 * so the limit holds across restarts and servers and deleting does not reset it.
 */
@Component
class PostingLimit {

    static final int PER_MINUTE = 5;
    static final int PER_HOUR = 30;

    private final ForumStore store;
    private final Clock clock;

    PostingLimit(ForumStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void check(long authorId) {
        Instant now = clock.instant();
        check(authorId, now, Duration.ofMinutes(1), PER_MINUTE, "forum.rate-limit.minute");
        check(authorId, now, Duration.ofHours(1), PER_HOUR, "forum.rate-limit.hour");
    }

    private void check(long authorId, Instant now, Duration window, int limit, String key) {
        ForumStore.RecentPosts recent = store.recentPosts(authorId, now.minus(window));
        if (recent.count() >= limit) {
            // A place frees up when the oldest post in the window leaves it.
            Duration wait = Duration.between(now, recent.oldest().plus(window));
            long amount = key.endsWith("minute") ? Math.max(1, wait.toSeconds() + 1) : Math.max(1, wait.toMinutes() + 1);
            throw new TranslatableException(key, limit, amount);
        }
    }
}
