-- Abuse protection (decision 032): rate limits for anonymous answers and registration counted in the database (so
-- every instance shares them), the bot check's used challenges (a replay is refused), and what officers need to see
-- suspected floods. Addresses are never stored raw: only a keyed hash (HMAC-SHA-256 with abuse_secret's key).

-- One key for the whole installation, made once here, so every instance hashes an address the same way.
CREATE TABLE abuse_secret (
    id         TINYINT     NOT NULL PRIMARY KEY,
    secret_key VARBINARY(32) NOT NULL
) ENGINE = InnoDB;
INSERT INTO abuse_secret (id, secret_key) VALUES (1, RANDOM_BYTES(32));

-- A fixed-window counter: one row per limit, subject (a keyed address hash or a consultation) and window, raised
-- by one atomic INSERT ... ON DUPLICATE KEY UPDATE.
CREATE TABLE abuse_counter (
    scope        VARCHAR(30)  NOT NULL,
    subject      VARCHAR(64)  NOT NULL,
    window_start TIMESTAMP(3) NOT NULL,
    hits         INT          NOT NULL,
    PRIMARY KEY (scope, subject, window_start),
    KEY ix_abuse_counter_age (window_start)
) ENGINE = InnoDB;

-- Bot-check challenges already answered, until they expire.
CREATE TABLE abuse_used_challenge (
    challenge  CHAR(64)     NOT NULL PRIMARY KEY,
    expires_at TIMESTAMP(3) NOT NULL,
    KEY ix_abuse_used_challenge_age (expires_at)
) ENGINE = InnoDB;

-- response's: where an online response came from (the keyed address hash) and a fingerprint of its free text with
-- case, punctuation and spacing taken out, to flag many answers from one address and near-duplicate texts.
ALTER TABLE response
    ADD COLUMN origin_key CHAR(32) NULL,
    ADD COLUMN text_fingerprint CHAR(64) NULL;
CREATE INDEX ix_response_origin ON response (consultation_id, origin_key, submitted_at);
CREATE INDEX ix_response_fingerprint ON response (consultation_id, text_fingerprint);

-- response's: an officer's exclusion of a response from insight, with the reason. The response's status becomes
-- EXCLUDED, which insight's summary (status = 'SUBMITTED') and the read model response_answer already carry.
CREATE TABLE response_exclusion (
    response_id BIGINT       NOT NULL PRIMARY KEY,
    reason      VARCHAR(500) NOT NULL,
    excluded_by BIGINT       NULL,
    excluded_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_response_exclusion_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT fk_response_exclusion_user FOREIGN KEY (excluded_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB;
