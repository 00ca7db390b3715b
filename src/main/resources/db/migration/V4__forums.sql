-- Network forums: threads, posts (a thread's opening post and its replies), reactions, reports, moderation log.

CREATE TABLE forum_thread (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    network_id       BIGINT       NOT NULL,
    title            VARCHAR(200) NOT NULL,
    author_id        BIGINT       NULL,
    opening_post_id  BIGINT       NULL,
    pinned           BOOLEAN      NOT NULL DEFAULT FALSE,
    locked           BOOLEAN      NOT NULL DEFAULT FALSE,
    -- Every reply row, placeholders for deleted and hidden ones included: the lazy list of replies has this size.
    reply_count      INT          NOT NULL DEFAULT 0,
    last_activity_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    created_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_forum_thread_network FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_thread_author FOREIGN KEY (author_id) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB;

-- The forum's list: pinned first, then the latest activity, read a page at a time.
CREATE INDEX ix_forum_thread_list ON forum_thread (network_id, pinned, last_activity_at, id);

CREATE TABLE forum_post (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    thread_id     BIGINT       NOT NULL,
    network_id    BIGINT       NOT NULL,
    author_id     BIGINT       NULL,
    opening       BOOLEAN      NOT NULL,
    -- What the author typed (for editing) and its safe HTML (sanitised again whenever it is shown).
    body_source   TEXT         NOT NULL,
    body_html     TEXT         NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    edited_at     TIMESTAMP(3) NULL,
    deleted_at    TIMESTAMP(3) NULL,
    hidden        BOOLEAN      NOT NULL DEFAULT FALSE,
    hidden_reason VARCHAR(1000) NULL,
    hidden_by     BIGINT       NULL,
    hidden_at     TIMESTAMP(3) NULL,
    CONSTRAINT fk_forum_post_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_post_network FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_post_author FOREIGN KEY (author_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_forum_post_hidden_by FOREIGN KEY (hidden_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB;

-- A thread's replies in order, a page at a time.
CREATE INDEX ix_forum_post_thread ON forum_post (thread_id, opening, created_at, id);
-- The rate limit counts one author's recent posts.
CREATE INDEX ix_forum_post_author ON forum_post (author_id, created_at);

ALTER TABLE forum_thread ADD CONSTRAINT fk_forum_thread_opening
    FOREIGN KEY (opening_post_id) REFERENCES forum_post (id) ON DELETE SET NULL;

-- One reaction of each kind per person and post.
CREATE TABLE forum_reaction (
    post_id    BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (post_id, kind, user_id),
    CONSTRAINT fk_forum_reaction_post FOREIGN KEY (post_id) REFERENCES forum_post (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_reaction_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE forum_report (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_id     BIGINT        NOT NULL,
    network_id  BIGINT        NOT NULL,
    reporter_id BIGINT        NULL,
    reason      VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    -- Null while the report waits in the moderation queue; HIDDEN or DISMISSED once a facilitator acted.
    outcome     VARCHAR(20)   NULL,
    resolved_by BIGINT        NULL,
    resolved_at TIMESTAMP(3)  NULL,
    CONSTRAINT fk_forum_report_post FOREIGN KEY (post_id) REFERENCES forum_post (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_report_network FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_report_reporter FOREIGN KEY (reporter_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_forum_report_resolved_by FOREIGN KEY (resolved_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB;

CREATE INDEX ix_forum_report_queue ON forum_report (network_id, outcome, created_at);
CREATE INDEX ix_forum_report_post ON forum_report (post_id, outcome);

-- Every moderation action, never changed once written; administrators read it as the audit log.
CREATE TABLE moderation_log (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    network_id BIGINT        NOT NULL,
    actor_id   BIGINT        NULL,
    action     VARCHAR(30)   NOT NULL,
    thread_id  BIGINT        NULL,
    post_id    BIGINT        NULL,
    reason     VARCHAR(1000) NULL,
    created_at TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_moderation_log_network FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE CASCADE,
    CONSTRAINT fk_moderation_log_actor FOREIGN KEY (actor_id) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB;

CREATE INDEX ix_moderation_log_time ON moderation_log (created_at);
