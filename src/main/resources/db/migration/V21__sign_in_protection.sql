-- Sign-in protection (decision 028): failed sign-ins counted in the database, so every instance sees the same counts.
-- The account is kept as a SHA-256 of the lower-cased email typed, so the table does not collect addresses people
-- mistyped or guessed; the network address is what the server saw.
CREATE TABLE sign_in_failure (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_key CHAR(64)     NOT NULL,
    address     VARCHAR(64)  NOT NULL,
    failed_at   TIMESTAMP(3) NOT NULL
) ENGINE = InnoDB;

CREATE INDEX ix_sign_in_failure_pair ON sign_in_failure (account_key, address, failed_at);
CREATE INDEX ix_sign_in_failure_address ON sign_in_failure (address, failed_at);
CREATE INDEX ix_sign_in_failure_age ON sign_in_failure (failed_at);

-- A temporary lock of one account from one address, never of the account as a whole.
CREATE TABLE sign_in_lock (
    account_key  CHAR(64)     NOT NULL,
    address      VARCHAR(64)  NOT NULL,
    locked_until TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (account_key, address)
) ENGINE = InnoDB;

-- "Forgot password": a single-use link; only the SHA-256 of its secret is kept.
CREATE TABLE password_reset_token (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    expires_at TIMESTAMP(3) NOT NULL,
    used_at    TIMESTAMP(3) NULL,
    created_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT uk_password_reset_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB;
