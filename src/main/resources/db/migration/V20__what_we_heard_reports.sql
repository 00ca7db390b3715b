-- "What we heard" reports (decision 026). The officer's shaping of a consultation's report (introduction,
-- narratives, chosen quotes, hidden sections) is one JSON document, saved as a draft while it is worked on.
CREATE TABLE report_draft (
    consultation_id BIGINT       PRIMARY KEY,
    shaping         LONGTEXT     NOT NULL,
    updated_by      BIGINT       NULL,
    updated_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_report_draft_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_draft_user FOREIGN KEY (updated_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB;

-- Each publication freezes the whole report as rendered (its model as JSON): what was published stays as it was
-- after more answers or re-tagging. Versions count up per consultation; the highest is the one shown.
CREATE TABLE report_version (
    id              BIGINT       AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT       NOT NULL,
    version         INT          NOT NULL,
    content         LONGTEXT     NOT NULL,
    published_by    BIGINT       NULL,
    published_at    TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_report_version UNIQUE (consultation_id, version),
    CONSTRAINT fk_report_version_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_version_user FOREIGN KEY (published_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB;

-- "You said, we did": what the council did about one plan priority, updated over time.
CREATE TABLE report_we_did (
    consultation_id BIGINT       NOT NULL,
    priority_id     VARCHAR(64)  NOT NULL,
    text            TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    action_date     DATE         NOT NULL,
    updated_at      TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (consultation_id, priority_id),
    CONSTRAINT fk_report_we_did_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB;
