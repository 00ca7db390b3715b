-- Privacy (decision 031): the council's privacy notice, editable by an administrator, one row; and retention rules,
-- one per consultation, applied by a daily job.
CREATE TABLE privacy_notice (
    id         TINYINT      PRIMARY KEY,
    body       MEDIUMTEXT   NOT NULL,
    updated_by BIGINT       NULL,
    updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT ck_privacy_notice_one CHECK (id = 1),
    CONSTRAINT fk_privacy_notice_user FOREIGN KEY (updated_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB;

-- Months after a consultation closes when its equality answers and the links to respondents' accounts go.
CREATE TABLE retention_rule (
    consultation_id BIGINT       PRIMARY KEY,
    months          INT          NOT NULL,
    set_by          BIGINT       NULL,
    set_at          TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    applied_at      TIMESTAMP(3) NULL,
    CONSTRAINT ck_retention_rule_months CHECK (months BETWEEN 0 AND 240),
    CONSTRAINT fk_retention_rule_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE,
    CONSTRAINT fk_retention_rule_user FOREIGN KEY (set_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB;
