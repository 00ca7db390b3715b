-- Free-text answers an officer marked as quotes for the report (only of responses that consented to be quoted;
-- the service checks consent, since it is stored with the response).
CREATE TABLE insight_quote (
    answer_id  BIGINT       PRIMARY KEY,
    marked_by  BIGINT       NULL,
    marked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_insight_quote_answer FOREIGN KEY (answer_id) REFERENCES answer (id) ON DELETE CASCADE,
    CONSTRAINT fk_insight_quote_user FOREIGN KEY (marked_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB;

-- Insight across consultations filters by date alone: submitted responses by time, without a consultation.
CREATE INDEX ix_response_status_submitted ON response (status, submitted_at);
