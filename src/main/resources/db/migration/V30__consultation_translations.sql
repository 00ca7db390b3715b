-- Consultations in several languages (decision 035): an officer's translation of a consultation into one of the
-- UI's other languages, and which languages it is offered in. Owned by consultation.
CREATE TABLE consultation_translation (
    consultation_id BIGINT       NOT NULL,
    language        VARCHAR(20)  NOT NULL,
    title           VARCHAR(200) NOT NULL,
    summary         TEXT         NOT NULL,
    offered         BOOLEAN      NOT NULL DEFAULT FALSE,
    -- set when the original's title or summary changed after this translation was written
    out_of_date     BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at      TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (consultation_id, language),
    CONSTRAINT fk_consultation_translation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
);

CREATE TABLE question_translation (
    question_id BIGINT        NOT NULL,
    language    VARCHAR(20)   NOT NULL,
    prompt      VARCHAR(500)  NOT NULL,
    help_text   VARCHAR(1000) NULL,
    -- set when the question was edited after this translation was written
    out_of_date BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (question_id, language),
    CONSTRAINT fk_question_translation FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
);

CREATE TABLE option_translation (
    option_id BIGINT       NOT NULL,
    language  VARCHAR(20)  NOT NULL,
    label     VARCHAR(300) NOT NULL,
    PRIMARY KEY (option_id, language),
    CONSTRAINT fk_option_translation FOREIGN KEY (option_id) REFERENCES question_option (id) ON DELETE CASCADE
);
