-- Trained theme models: the artefact, its figures, and which one is in use
CREATE TABLE theme_model (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    training_size INT          NOT NULL,
    micro_f1      DOUBLE       NULL,
    macro_f1      DOUBLE       NULL,
    active        BOOLEAN      NOT NULL DEFAULT FALSE,
    artefact      LONGBLOB     NOT NULL,
    CONSTRAINT uk_theme_model_version UNIQUE (version)
) ENGINE = InnoDB;

-- Which model version last tagged each free-text answer (also when it found no theme)
CREATE TABLE answer_tagging (
    answer_id     BIGINT       PRIMARY KEY,
    model_version VARCHAR(64)  NOT NULL,
    tagged_at     TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_answer_tagging_answer FOREIGN KEY (answer_id) REFERENCES answer (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE INDEX ix_answer_tagging_version ON answer_tagging (model_version);

-- The machine's themes for an answer. Officers' decisions will be stored apart, so the machine's original stays.
CREATE TABLE machine_tag (
    answer_id     BIGINT       NOT NULL,
    theme_id      VARCHAR(60)  NOT NULL,
    confidence    DOUBLE       NOT NULL,
    explanation   VARCHAR(500) NOT NULL,
    model_version VARCHAR(64)  NOT NULL,
    PRIMARY KEY (answer_id, theme_id),
    CONSTRAINT fk_machine_tag_answer FOREIGN KEY (answer_id) REFERENCES answer (id) ON DELETE CASCADE,
    CONSTRAINT fk_machine_tag_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
) ENGINE = InnoDB;

CREATE INDEX ix_machine_tag_theme ON machine_tag (theme_id, answer_id);
