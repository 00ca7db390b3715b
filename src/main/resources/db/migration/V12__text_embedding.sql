-- One sentence vector per free-text answer and forum post and embedding model, made by the background tagger when
-- the text is first tagged (decision 014). Re-tagging after a model change and retraining read these and never run
-- the embedding model again. `text_sha` (SHA-256 of the text embedded) tells a vector of an edited post from a
-- current one. `vector` holds little-endian float32 components.
CREATE TABLE answer_embedding (
    answer_id  BIGINT       NOT NULL,
    model      VARCHAR(64)  NOT NULL,
    text_sha   BINARY(32)   NOT NULL,
    vector     BLOB         NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (answer_id, model),
    CONSTRAINT fk_answer_embedding_answer FOREIGN KEY (answer_id) REFERENCES answer (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE post_embedding (
    post_id    BIGINT       NOT NULL,
    model      VARCHAR(64)  NOT NULL,
    text_sha   BINARY(32)   NOT NULL,
    vector     BLOB         NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (post_id, model),
    CONSTRAINT fk_post_embedding_post FOREIGN KEY (post_id) REFERENCES forum_post (id) ON DELETE CASCADE
) ENGINE = InnoDB;
