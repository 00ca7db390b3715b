-- The theme of each answer's closest decision (the one an officer's review would teach the model most about), so
-- the review queue can spread its questions over themes (decision 014). NULL for answers tagged before this.
ALTER TABLE answer_tagging ADD COLUMN uncertain_theme VARCHAR(60) NULL;
