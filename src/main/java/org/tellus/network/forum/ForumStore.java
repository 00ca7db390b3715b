package org.tellus.network.forum;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Threads, posts and reactions in SQL: every list is read a page at a time through the indexes of V4, so a thread
 * of thousands of replies or a forum of thousands of threads never loads whole.
 */
@Repository
class ForumStore {

    record ThreadRecord(long id, long networkId, String title, Long authorId, Long openingPostId, boolean pinned,
                        boolean locked, int replyCount, Instant lastActivityAt) {
    }

    record PostRecord(long id, long threadId, long networkId, Long authorId, boolean opening, String source,
                      String html, Instant createdAt, Instant editedAt, Instant deletedAt, boolean hidden,
                      String hiddenReason) {

        boolean deleted() {
            return deletedAt != null;
        }

        /** Deleted without an author: only erasure of an account leaves a post so (decision 031). */
        boolean erased() {
            return deletedAt != null && authorId == null;
        }
    }

    record RecentPosts(int count, Instant oldest) {
    }

    private static final String THREAD_COLUMNS = "t.id, t.network_id, t.title, t.author_id, t.opening_post_id, "
            + "t.pinned, t.locked, t.reply_count, t.last_activity_at";
    private static final String POST_COLUMNS = "p.id, p.thread_id, p.network_id, p.author_id, p.opening, "
            + "p.body_source, p.body_html, p.created_at, p.edited_at, p.deleted_at, p.hidden, p.hidden_reason";

    private final JdbcClient jdbc;

    ForumStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertThread(long networkId, String title, long authorId, Instant at) {
        return insert("INSERT INTO forum_thread (network_id, title, author_id, last_activity_at, created_at) "
                + "VALUES (:network, :title, :author, :at, :at)", params().addValue("network", networkId)
                .addValue("title", title).addValue("author", authorId).addValue("at", ts(at)));
    }

    long insertPost(long threadId, long networkId, long authorId, boolean opening, String source, String html,
                    Instant at) {
        long id = insert("INSERT INTO forum_post (thread_id, network_id, author_id, opening, body_source, body_html, "
                + "created_at) VALUES (:thread, :network, :author, :opening, :source, :html, :at)", params()
                .addValue("thread", threadId).addValue("network", networkId).addValue("author", authorId)
                .addValue("opening", opening).addValue("source", source).addValue("html", html).addValue("at", ts(at)));
        if (opening) {
            update("UPDATE forum_thread SET opening_post_id = :post WHERE id = :thread",
                    params().addValue("post", id).addValue("thread", threadId));
        } else {
            // One atomic update, so that replies arriving together are all counted.
            update("UPDATE forum_thread SET reply_count = reply_count + 1, last_activity_at = :at WHERE id = :thread",
                    params().addValue("at", ts(at)).addValue("thread", threadId));
        }
        return id;
    }

    Optional<ThreadRecord> thread(long threadId) {
        return jdbc.sql("SELECT " + THREAD_COLUMNS + " FROM forum_thread t WHERE t.id = :id")
                .paramSource(params().addValue("id", threadId))
                .query(ForumStore::threadRecord).list().stream().findFirst();
    }

    /** Pinned first, then by latest activity; the opening post's author and hidden flag come along. */
    List<ThreadListLine> threads(long networkId, int offset, int limit) {
        return jdbc.sql("SELECT " + THREAD_COLUMNS + ", p.hidden AS opening_hidden FROM forum_thread t "
                        + "LEFT JOIN forum_post p ON p.id = t.opening_post_id WHERE t.network_id = :network "
                        + "ORDER BY t.pinned DESC, t.last_activity_at DESC, t.id DESC LIMIT :limit OFFSET :offset")
                .paramSource(params().addValue("network", networkId).addValue("limit", limit).addValue("offset", offset))
                .query((rs, n) -> new ThreadListLine(threadRecord(rs, n), rs.getBoolean("opening_hidden"))).list();
    }

    record ThreadListLine(ThreadRecord thread, boolean openingHidden) {
    }

    int threadCount(long networkId) {
        return jdbc.sql("SELECT COUNT(*) FROM forum_thread WHERE network_id = :network")
                .paramSource(params().addValue("network", networkId)).query(Integer.class).single();
    }

    Optional<PostRecord> post(long postId) {
        return jdbc.sql("SELECT " + POST_COLUMNS + " FROM forum_post p WHERE p.id = :id")
                .paramSource(params().addValue("id", postId)).query(POST).list().stream().findFirst();
    }

    List<PostRecord> replies(long threadId, int offset, int limit) {
        return jdbc.sql("SELECT " + POST_COLUMNS + " FROM forum_post p WHERE p.thread_id = :thread "
                        + "AND p.opening = FALSE ORDER BY p.created_at, p.id LIMIT :limit OFFSET :offset")
                .paramSource(params().addValue("thread", threadId).addValue("limit", limit).addValue("offset", offset))
                .query(POST).list();
    }

    /** Everyone who has a post in the thread that is still there. */
    Set<Long> participants(long threadId) {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT author_id FROM forum_post WHERE thread_id = :thread "
                + "AND author_id IS NOT NULL AND deleted_at IS NULL")
                .paramSource(params().addValue("thread", threadId)).query(Long.class).list());
    }

    void edit(long postId, String source, String html, Instant at) {
        update("UPDATE forum_post SET body_source = :source, body_html = :html, edited_at = :at WHERE id = :id",
                params().addValue("source", source).addValue("html", html).addValue("at", ts(at)).addValue("id", postId));
    }

    /** The text goes for good; the row stays as the placeholder that keeps the conversation in order. */
    void delete(long postId, Instant at) {
        update("UPDATE forum_post SET body_source = '', body_html = '', deleted_at = :at WHERE id = :id",
                params().addValue("at", ts(at)).addValue("id", postId));
    }

    /** Every post of the author, deleted ones included, oldest first. */
    List<PostRecord> postsBy(long authorId) {
        return jdbc.sql("SELECT " + POST_COLUMNS + " FROM forum_post p WHERE p.author_id = :author ORDER BY p.created_at, p.id")
                .paramSource(params().addValue("author", authorId)).query(POST).list();
    }

    /**
     * The author's account is being erased: the text of every post goes and the posts lose their author, so they
     * stay as placeholders "removed at the author's request"; threads they started lose their author too.
     */
    int eraseAuthor(long authorId, Instant at) {
        int posts = jdbc.sql("UPDATE forum_post SET body_source = '', body_html = '', deleted_at = COALESCE(deleted_at, :at), "
                + "author_id = NULL WHERE author_id = :author")
                .paramSource(params().addValue("at", ts(at)).addValue("author", authorId)).update();
        update("UPDATE forum_thread SET author_id = NULL WHERE author_id = :author", params().addValue("author", authorId));
        return posts;
    }

    void deleteThread(long threadId) {
        update("UPDATE forum_thread SET opening_post_id = NULL WHERE id = :id", params().addValue("id", threadId));
        update("DELETE FROM forum_thread WHERE id = :id", params().addValue("id", threadId));
    }

    void setHidden(long postId, boolean hidden, String reason, Long by, Instant at) {
        update("UPDATE forum_post SET hidden = :hidden, hidden_reason = :reason, hidden_by = :by, hidden_at = :at "
                + "WHERE id = :id", params().addValue("hidden", hidden).addValue("reason", reason)
                .addValue("by", by).addValue("at", ts(at)).addValue("id", postId));
    }

    void setPinned(long threadId, boolean pinned) {
        update("UPDATE forum_thread SET pinned = :value WHERE id = :id",
                params().addValue("value", pinned).addValue("id", threadId));
    }

    void setLocked(long threadId, boolean locked) {
        update("UPDATE forum_thread SET locked = :value WHERE id = :id",
                params().addValue("value", locked).addValue("id", threadId));
    }

    /** How many posts the author wrote since then, deleted ones included, and the oldest of them. */
    RecentPosts recentPosts(long authorId, Instant since) {
        return jdbc.sql("SELECT COUNT(*), MIN(created_at) FROM forum_post WHERE author_id = :author "
                        + "AND created_at > :since")
                .paramSource(params().addValue("author", authorId).addValue("since", ts(since)))
                .query((rs, n) -> new RecentPosts(rs.getInt(1), instant(rs, 2))).single();
    }

    /** Gives the reaction, or takes it back; true when it is now given. */
    boolean toggleReaction(long postId, long userId, Reaction kind) {
        MapSqlParameterSource p = params().addValue("post", postId).addValue("user", userId)
                .addValue("kind", kind.name());
        if (update("DELETE FROM forum_reaction WHERE post_id = :post AND user_id = :user AND kind = :kind", p) > 0) {
            return false;
        }
        update("INSERT INTO forum_reaction (post_id, user_id, kind) VALUES (:post, :user, :kind)", p);
        return true;
    }

    Map<Long, Map<Reaction, Long>> reactionCounts(Collection<Long> postIds) {
        Map<Long, Map<Reaction, Long>> counts = new HashMap<>();
        if (!postIds.isEmpty()) {
            jdbc.sql("SELECT post_id, kind, COUNT(*) FROM forum_reaction WHERE post_id IN (:ids) GROUP BY post_id, kind")
                    .paramSource(params().addValue("ids", postIds)).query(rs -> {
                        counts.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Reaction.class))
                                .put(Reaction.valueOf(rs.getString(2)), rs.getLong(3));
                    });
        }
        return counts;
    }

    Map<Long, Set<Reaction>> reactionsBy(long userId, Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT post_id, kind FROM forum_reaction WHERE user_id = :user AND post_id IN (:ids)")
                .paramSource(params().addValue("user", userId).addValue("ids", postIds))
                .query((rs, n) -> Map.entry(rs.getLong(1), Reaction.valueOf(rs.getString(2)))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(() -> EnumSet.noneOf(Reaction.class)))));
    }

    private long insert(String sql, MapSqlParameterSource params) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(sql).paramSource(params).update(key, "id");
        return key.getKey().longValue();
    }

    private int update(String sql, MapSqlParameterSource params) {
        return jdbc.sql(sql).paramSource(params).update();
    }

    static MapSqlParameterSource params() {
        return new MapSqlParameterSource();
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static ThreadRecord threadRecord(ResultSet rs, int n) throws SQLException {
        return new ThreadRecord(rs.getLong("id"), rs.getLong("network_id"), rs.getString("title"),
                (Long) rs.getObject("author_id", Long.class), (Long) rs.getObject("opening_post_id", Long.class),
                rs.getBoolean("pinned"), rs.getBoolean("locked"), rs.getInt("reply_count"),
                instant(rs, "last_activity_at"));
    }

    private static final RowMapper<PostRecord> POST = (rs, n) -> new PostRecord(rs.getLong("id"),
            rs.getLong("thread_id"), rs.getLong("network_id"), rs.getObject("author_id", Long.class),
            rs.getBoolean("opening"), rs.getString("body_source"), rs.getString("body_html"),
            instant(rs, "created_at"), instant(rs, "edited_at"), instant(rs, "deleted_at"), rs.getBoolean("hidden"),
            rs.getString("hidden_reason"));
}
