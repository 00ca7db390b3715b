-- "Tell me the results" (decision 034): who ticked it on the answer form. A signed-in resident is their account;
-- an anonymous resident left an email address, kept only to send the results and removed a grace period after
-- they were first sent (or with the response, when its data is erased: the foreign key cascades).
CREATE TABLE response_hear_back (
    response_id     BIGINT       PRIMARY KEY,
    consultation_id BIGINT       NOT NULL,
    user_id         BIGINT       NULL,
    email           VARCHAR(320) NULL,
    language        VARCHAR(16)  NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    results_sent_at TIMESTAMP(3) NULL,
    CONSTRAINT ck_hear_back_who CHECK (user_id IS NOT NULL OR email IS NOT NULL),
    CONSTRAINT fk_hear_back_response FOREIGN KEY (response_id) REFERENCES response (id) ON DELETE CASCADE,
    CONSTRAINT fk_hear_back_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE,
    CONSTRAINT fk_hear_back_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE INDEX ix_hear_back_consultation ON response_hear_back (consultation_id);
CREATE INDEX ix_hear_back_sent ON response_hear_back (results_sent_at);
