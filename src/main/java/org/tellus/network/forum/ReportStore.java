package org.tellus.network.forum;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.tellus.network.forum.ForumStore.instant;
import static org.tellus.network.forum.ForumStore.params;
import static org.tellus.network.forum.ForumStore.ts;

/** Members' reports of posts, and the queue of those still waiting for a facilitator. */
@Repository
class ReportStore {

    /** A waiting report with its post, before names are looked up. */
    record QueueLine(long reportId, long postId, long threadId, long networkId, String networkSlug,
                     String networkName, String threadTitle, Long authorId, String postHtml, boolean hidden,
                     Long reporterId, String reason, Instant at) {
    }

    record Report(long id, long postId, long networkId) {
    }

    static final String HIDDEN = "HIDDEN";
    static final String DISMISSED = "DISMISSED";

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long postId, long networkId, long reporterId, String reason, Instant at) {
        jdbc.sql("INSERT INTO forum_report (post_id, network_id, reporter_id, reason, created_at) "
                + "VALUES (:post, :network, :reporter, :reason, :at)").paramSource(params().addValue("post", postId)
                .addValue("network", networkId).addValue("reporter", reporterId).addValue("reason", reason)
                .addValue("at", ts(at))).update();
    }

    boolean hasWaitingReport(long postId, long reporterId) {
        return jdbc.sql("SELECT COUNT(*) FROM forum_report WHERE post_id = :post AND reporter_id = :reporter "
                        + "AND outcome IS NULL")
                .paramSource(params().addValue("post", postId).addValue("reporter", reporterId))
                .query(Integer.class).single() > 0;
    }

    Optional<Report> waiting(long reportId) {
        return jdbc.sql("SELECT id, post_id, network_id FROM forum_report WHERE id = :id AND outcome IS NULL")
                .paramSource(params().addValue("id", reportId))
                .query((rs, n) -> new Report(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list()
                .stream().findFirst();
    }

    /** Oldest first, so nothing waits forever behind newer reports. */
    List<QueueLine> queue(Collection<Long> networkIds, int offset, int limit) {
        if (networkIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT r.id, r.post_id, p.thread_id, r.network_id, n.slug, n.name, t.title, p.author_id, p.body_html,
                       p.hidden, r.reporter_id, r.reason, r.created_at
                  FROM forum_report r JOIN forum_post p ON p.id = r.post_id
                  JOIN forum_thread t ON t.id = p.thread_id JOIN network n ON n.id = r.network_id
                 WHERE r.outcome IS NULL AND r.network_id IN (:networks)
                 ORDER BY r.created_at, r.id LIMIT :limit OFFSET :offset""")
                .paramSource(queueParams(networkIds).addValue("limit", limit).addValue("offset", offset))
                .query((rs, n) -> new QueueLine(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getObject(8, Long.class), rs.getString(9),
                        rs.getBoolean(10), rs.getObject(11, Long.class), rs.getString(12), instant(rs, 13))).list();
    }

    int queueSize(Collection<Long> networkIds) {
        return networkIds.isEmpty() ? 0 : jdbc.sql("SELECT COUNT(*) FROM forum_report "
                + "WHERE outcome IS NULL AND network_id IN (:networks)")
                .paramSource(queueParams(networkIds)).query(Integer.class).single();
    }

    /** Closes every waiting report about the post with that outcome. */
    void resolvePost(long postId, String outcome, long by, Instant at) {
        jdbc.sql("UPDATE forum_report SET outcome = :outcome, resolved_by = :by, resolved_at = :at "
                + "WHERE post_id = :post AND outcome IS NULL").paramSource(params().addValue("outcome", outcome)
                .addValue("by", by).addValue("at", ts(at)).addValue("post", postId)).update();
    }

    void resolve(long reportId, String outcome, long by, Instant at) {
        jdbc.sql("UPDATE forum_report SET outcome = :outcome, resolved_by = :by, resolved_at = :at WHERE id = :id")
                .paramSource(params().addValue("outcome", outcome).addValue("by", by).addValue("at", ts(at)).addValue("id", reportId))
                .update();
    }

    private static MapSqlParameterSource queueParams(Collection<Long> networkIds) {
        return params().addValue("networks", networkIds);
    }
}
