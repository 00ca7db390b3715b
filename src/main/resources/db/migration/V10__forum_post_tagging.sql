-- The machine's themes for forum posts, kept like those of free-text answers (V2): which version last tagged each
-- post, and its themes with confidence and explaining words. `edited_at` is the post's own edit time when it was
-- tagged: a post edited since no longer matches it and is tagged again.
CREATE TABLE post_tagging (
    post_id       BIGINT       PRIMARY KEY,
    model_version VARCHAR(64)  NOT NULL,
    edited_at     TIMESTAMP(3) NULL,
    tagged_at     TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_post_tagging_post FOREIGN KEY (post_id) REFERENCES forum_post (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE post_machine_tag (
    post_id       BIGINT       NOT NULL,
    theme_id      VARCHAR(60)  NOT NULL,
    confidence    DOUBLE       NOT NULL,
    explanation   VARCHAR(500) NOT NULL,
    model_version VARCHAR(64)  NOT NULL,
    PRIMARY KEY (post_id, theme_id),
    CONSTRAINT fk_post_machine_tag_post FOREIGN KEY (post_id) REFERENCES forum_post (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_machine_tag_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
) ENGINE = InnoDB;

CREATE INDEX ix_post_machine_tag_theme ON post_machine_tag (theme_id, post_id);
