-- Accounts
CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_email UNIQUE (email)
) ENGINE = InnoDB;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The plan, its priorities, the theme taxonomy and the areas (seeded from the taxonomy resources)
CREATE TABLE plan_priority (
    id          VARCHAR(60)  PRIMARY KEY,
    plan_name   VARCHAR(200) NOT NULL,
    group_name  VARCHAR(200) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    ambition    TEXT         NOT NULL,
    position    INT          NOT NULL
) ENGINE = InnoDB;

CREATE TABLE theme (
    id          VARCHAR(60)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    description TEXT         NOT NULL,
    keywords    TEXT         NOT NULL,
    retired     BOOLEAN      NOT NULL DEFAULT FALSE,
    position    INT          NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB;

CREATE TABLE theme_priority (
    theme_id    VARCHAR(60) NOT NULL,
    priority_id VARCHAR(60) NOT NULL,
    PRIMARY KEY (theme_id, priority_id),
    CONSTRAINT fk_theme_priority_theme FOREIGN KEY (theme_id) REFERENCES theme (id),
    CONSTRAINT fk_theme_priority_priority FOREIGN KEY (priority_id) REFERENCES plan_priority (id)
) ENGINE = InnoDB;

CREATE TABLE area (
    id       VARCHAR(60)  PRIMARY KEY,
    name     VARCHAR(200) NOT NULL,
    position INT          NOT NULL
) ENGINE = InnoDB;

-- Consultations and their questions
CREATE TABLE consultation (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    title               VARCHAR(200) NOT NULL,
    summary             TEXT         NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    audience            VARCHAR(20)  NOT NULL,
    opens_on            DATE         NULL,
    closes_on           DATE         NULL,
    equality_monitoring BOOLEAN      NOT NULL DEFAULT FALSE,
    questions_locked    BOOLEAN      NOT NULL DEFAULT FALSE,
    results_summary     TEXT         NULL,
    created_at          TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version             BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB;

CREATE TABLE question (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    consultation_id  BIGINT       NOT NULL,
    position         INT          NOT NULL,
    type             VARCHAR(20)  NOT NULL,
    prompt           VARCHAR(500) NOT NULL,
    help_text        VARCHAR(1000) NULL,
    required         BOOLEAN      NOT NULL,
    max_length       INT          NULL,
    allow_other      BOOLEAN      NOT NULL DEFAULT FALSE,
    scale_min        INT          NULL,
    scale_max        INT          NULL,
    scale_min_label  VARCHAR(100) NULL,
    scale_max_label  VARCHAR(100) NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_question_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
) ENGINE = InnoDB;

CREATE INDEX ix_question_consultation ON question (consultation_id, position);

CREATE TABLE question_option (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    question_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    label       VARCHAR(300) NOT NULL,
    CONSTRAINT fk_option_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Responses: one row per submission, idempotent on its submission key
CREATE TABLE response (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    consultation_id  BIGINT       NOT NULL,
    reference        VARCHAR(20)  NULL,
    submission_key   VARCHAR(64)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    channel          VARCHAR(20)  NOT NULL,
    respondent_id    BIGINT       NULL,
    entered_by_id    BIGINT       NULL,
    area_id          VARCHAR(60)  NULL,
    consent_to_quote BOOLEAN      NOT NULL DEFAULT FALSE,
    attribution      VARCHAR(500) NULL,
    submitted_at     TIMESTAMP(3) NULL,
    updated_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_response_submission_key UNIQUE (submission_key),
    CONSTRAINT uk_response_reference UNIQUE (reference),
    CONSTRAINT fk_response_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_response_respondent FOREIGN KEY (respondent_id) REFERENCES app_user (id),
    CONSTRAINT fk_response_entered_by FOREIGN KEY (entered_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_response_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE = InnoDB;

CREATE INDEX ix_response_consultation ON response (consultation_id, status, submitted_at);
CREATE INDEX ix_response_respondent ON response (respondent_id, consultation_id, status);

CREATE TABLE answer (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    response_id BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    text_value  TEXT   NULL,
    number_value INT   NULL,
    other_text  VARCHAR(1000) NULL,
    CONSTRAINT fk_answer_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT uk_answer UNIQUE (response_id, question_id)
) ENGINE = InnoDB;

-- Chosen options of single, multiple choice and ranking answers; position is the rank (1 = first)
CREATE TABLE answer_choice (
    answer_id BIGINT NOT NULL,
    option_id BIGINT NOT NULL,
    position  INT    NOT NULL,
    PRIMARY KEY (answer_id, option_id),
    CONSTRAINT fk_choice_answer FOREIGN KEY (answer_id) REFERENCES answer (id) ON DELETE CASCADE,
    CONSTRAINT fk_choice_option FOREIGN KEY (option_id) REFERENCES question_option (id)
) ENGINE = InnoDB;

-- Equality monitoring: one row per item answered (item and answer are stable codes, translated in the UI)
CREATE TABLE response_equality (
    response_id BIGINT      NOT NULL,
    item        VARCHAR(40) NOT NULL,
    answer      VARCHAR(60) NOT NULL,
    PRIMARY KEY (response_id, item),
    CONSTRAINT fk_equality_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE
) ENGINE = InnoDB;
