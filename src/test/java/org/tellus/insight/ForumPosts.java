package org.tellus.insight;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkFixtures;

import java.sql.Timestamp;

/**
 * Forum posts already tagged, as the background tagger would leave them (with the active model's version, so it
 * leaves them alone): one post each by new members, each post and its tags committed together.
 */
public record ForumPosts(JdbcTemplate jdbc, TransactionTemplate transaction, AccountService accounts, String modelVersion) {

    /** One post each by {@code people} new members at that time, tagged with the theme; returns the last post's id. */
    public long post(NetworkDetails network, int people, String theme, Timestamp at) {
        long post = 0;
        for (int i = 0; i < people; i++) {
            UserSummary author = NetworkFixtures.user(accounts, Roles.RESIDENT);
            post = transaction.execute(status -> post(network, author, theme, at));
        }
        return post;
    }

    private long post(NetworkDetails network, UserSummary author, String theme, Timestamp at) {
        jdbc.update("INSERT INTO forum_thread (network_id, title, author_id, last_activity_at, created_at) VALUES (?, ?, ?, ?, ?)",
                network.id(), "A thread", author.id(), at, at);
        long thread = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        jdbc.update("""
                INSERT INTO forum_post (thread_id, network_id, author_id, opening, body_source, body_html, created_at)
                VALUES (?, ?, ?, TRUE, 'text', '<p>text</p>', ?)""", thread, network.id(), author.id(), at);
        long post = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        jdbc.update("INSERT INTO post_tagging (post_id, model_version, edited_at, tagged_at) VALUES (?, ?, NULL, ?)",
                post, modelVersion, at);
        jdbc.update("""
                INSERT INTO post_machine_tag (post_id, theme_id, confidence, explanation, model_version)
                VALUES (?, ?, 0.9, 'text', ?)""", post, theme, modelVersion);
        return post;
    }
}
