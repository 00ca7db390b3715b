-- Background work claimed through the database, so that with several app instances each job runs on one of
-- them and a job whose instance died is taken over (decision 022). A claimed job's owner writes heartbeat_at
-- while it works; a running job whose heartbeat is older than its kind's lease is claimed again.
CREATE TABLE background_job (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(40)   NOT NULL,
    -- Set for work done once at a time across instances (a lease such as the first-start training): one row per kind and key.
    job_key      VARCHAR(120)  NULL,
    status       VARCHAR(10)   NOT NULL,
    owner        VARCHAR(120)  NULL,
    attempts     INT           NOT NULL DEFAULT 0,
    progress     INT           NOT NULL DEFAULT 0,
    total        INT           NULL,
    subject_id   BIGINT        NULL,
    requested_by VARCHAR(254)  NULL,
    created_at   TIMESTAMP(3)  NOT NULL,
    claimed_at   TIMESTAMP(3)  NULL,
    heartbeat_at TIMESTAMP(3)  NULL,
    finished_at  TIMESTAMP(3)  NULL,
    result       TEXT          NULL,
    error        VARCHAR(1000) NULL,
    CONSTRAINT uk_background_job_key UNIQUE (kind, job_key)
) ENGINE = InnoDB;

CREATE INDEX ix_background_job_claim ON background_job (kind, status, id);

-- A job's input (an uploaded file), apart from the rows that claims scan; in parts of 1 MB, so that no row
-- exceeds max_allowed_packet (16 MB by default on MariaDB) and Galera replicates no oversized row (decision 023).
CREATE TABLE background_job_payload (
    job_id  BIGINT     NOT NULL,
    part    INT        NOT NULL,
    content MEDIUMBLOB NOT NULL,
    PRIMARY KEY (job_id, part),
    CONSTRAINT fk_background_job_payload_job FOREIGN KEY (job_id) REFERENCES background_job (id) ON DELETE CASCADE
) ENGINE = InnoDB;
