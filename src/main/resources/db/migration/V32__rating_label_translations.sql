-- A rating question's end labels ("Not at all", "Very") in the translation's language too (decision 035).
ALTER TABLE question_translation
    ADD COLUMN scale_min_label VARCHAR(100) NULL,
    ADD COLUMN scale_max_label VARCHAR(100) NULL;
