-- An officer's decision on the themes of a free-text answer. Stored apart from machine_tag, which keeps the
-- machine's original. A reviewed answer with no officer_tag row means "none of these themes".
CREATE TABLE answer_review (
    answer_id   BIGINT       PRIMARY KEY,
    reviewed_by VARCHAR(254) NOT NULL,
    reviewed_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_answer_review_answer FOREIGN KEY (answer_id) REFERENCES answer (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE INDEX ix_answer_review_at ON answer_review (reviewed_at);

CREATE TABLE officer_tag (
    answer_id BIGINT      NOT NULL,
    theme_id  VARCHAR(60) NOT NULL,
    PRIMARY KEY (answer_id, theme_id),
    CONSTRAINT fk_officer_tag_review FOREIGN KEY (answer_id) REFERENCES answer_review (answer_id) ON DELETE CASCADE,
    CONSTRAINT fk_officer_tag_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
) ENGINE = InnoDB;

CREATE INDEX ix_officer_tag_theme ON officer_tag (theme_id, answer_id);

-- How sure the model was of an answer's themes: the gap between the closest theme's confidence and its
-- threshold (decision 008). NULL for answers tagged before this column existed, until the next model change
-- re-tags them; the review queue puts those last.
ALTER TABLE answer_tagging ADD COLUMN certainty DOUBLE NULL;

-- A model version's figures on held-out officer-labelled answers: micro_f1 and macro_f1 (already there) are
-- those figures, evaluated_on is how many held-out answers they rest on, and the per-theme figures follow.
ALTER TABLE theme_model ADD COLUMN evaluated_on INT NULL;

CREATE TABLE theme_model_figures (
    model_version VARCHAR(64) NOT NULL,
    theme_id      VARCHAR(60) NOT NULL,
    precision_    DOUBLE      NOT NULL,
    recall        DOUBLE      NOT NULL,
    f1            DOUBLE      NOT NULL,
    support       INT         NOT NULL,
    predicted     INT         NOT NULL,
    PRIMARY KEY (model_version, theme_id),
    CONSTRAINT fk_theme_model_figures_model FOREIGN KEY (model_version) REFERENCES theme_model (version) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Retraining runs as a job claimed through the database, so it runs once however many instances run, shows
-- its progress to officers on any instance, and is picked up again after a crash.
CREATE TABLE training_job (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    status             VARCHAR(20)   NOT NULL,
    trigger_kind       VARCHAR(20)   NOT NULL,
    requested_by       VARCHAR(254)  NOT NULL,
    requested_at       TIMESTAMP(3)  NOT NULL,
    started_at         TIMESTAMP(3)  NULL,
    heartbeat_at       TIMESTAMP(3)  NULL,
    finished_at        TIMESTAMP(3)  NULL,
    progress           INT           NOT NULL DEFAULT 0,
    step               VARCHAR(30)   NULL,
    training_decisions INT           NULL,
    held_out           INT           NULL,
    active_version     VARCHAR(64)   NULL,
    candidate_version  VARCHAR(64)   NULL,
    active_micro_f1    DOUBLE        NULL,
    candidate_micro_f1 DOUBLE        NULL,
    outcome            VARCHAR(30)   NULL,
    error              VARCHAR(1000) NULL
) ENGINE = InnoDB;

CREATE INDEX ix_training_job_status ON training_job (status, id);
