-- The language of each free-text answer, detected once, at its first tagging: re-tagging after a retraining then
-- reads it instead of running the detector again over every answer, and an answer in a language the tagger does
-- not read is neither embedded nor read by the model (decision 030). A row means "checked"; untrained_language is
-- the UI tag of that language ('cy', 'ur'), or NULL for a text the tagger reads.
CREATE TABLE answer_language (
    answer_id          BIGINT      NOT NULL PRIMARY KEY,
    untrained_language VARCHAR(16) NULL,
    CONSTRAINT fk_answer_language_answer FOREIGN KEY (answer_id) REFERENCES answer (id) ON DELETE CASCADE
);

-- Answers already marked were checked; the rest are checked once at their next tagging.
INSERT INTO answer_language (answer_id, untrained_language)
SELECT answer_id, not_themed_language FROM answer_tagging WHERE not_themed_language IS NOT NULL;
