package org.tellus.network.forum;

import org.tellus.audit.AuditActions;
import org.tellus.audit.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.util.List;

import static org.tellus.network.forum.ForumStore.instant;
import static org.tellus.network.forum.ForumStore.params;
import static org.tellus.network.forum.ForumStore.ts;

/**
 * The audit log: every moderation action, written in the same transaction as the action itself, and read by
 * administrators together with the removals from the networks' membership log.
 */
@Repository
class ModerationLog {

    /** A line as stored; names are looked up by the service. */
    record Line(java.time.Instant at, String networkName, Long actorId, String action, String threadTitle,
                Long memberId, String reason) {
    }

    private static final String ALL = """
            SELECT m.created_at, n.name AS network_name, m.actor_id, m.action, t.title, NULL AS member_id, m.reason
              FROM moderation_log m JOIN network n ON n.id = m.network_id
              LEFT JOIN forum_thread t ON t.id = m.thread_id
            UNION ALL
            SELECT e.created_at, n.name, e.actor_id, 'REMOVE_MEMBER', NULL, e.user_id, e.reason
              FROM membership_event e JOIN network n ON n.id = e.network_id WHERE e.action = 'REMOVED'
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ModerationLog(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    void write(long networkId, long actorId, ModerationAction action, Long threadId, Long postId, String reason) {
        jdbc.sql("INSERT INTO moderation_log (network_id, actor_id, action, thread_id, post_id, reason, created_at) "
                        + "VALUES (:network, :actor, :action, :thread, :post, :reason, :at)")
                .paramSource(params().addValue("network", networkId).addValue("actor", actorId).addValue("action", action.name())
                        .addValue("thread", threadId).addValue("post", postId).addValue("reason", reason)
                        .addValue("at", ts(clock.instant()))).update();
        // Also in the general trail (decision 029); this log keeps the network's own view of it.
        events.publishEvent(new Audited(AuditActions.MODERATION, "network " + networkId
                + (threadId == null ? "" : ", thread " + threadId) + (postId == null ? "" : ", post " + postId),
                action.name() + (reason == null ? "" : ": " + reason)));
    }

    /** Newest first. */
    List<Line> page(int offset, int limit) {
        return jdbc.sql("SELECT * FROM (" + ALL + ") a ORDER BY created_at DESC LIMIT :limit OFFSET :offset")
                .paramSource(params().addValue("limit", limit).addValue("offset", offset))
                .query((rs, n) -> new Line(instant(rs, 1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4),
                        rs.getString(5), rs.getObject(6, Long.class), rs.getString(7))).list();
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM (" + ALL + ") a").paramSource(params()).query(Integer.class).single();
    }
}
