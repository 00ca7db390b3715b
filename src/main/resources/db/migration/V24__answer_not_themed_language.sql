-- An answer written in a language the tagger was not trained on gets no machine themes; this says which language
-- (a UI language tag such as 'cy'), so pages can say "not themed: language" rather than "no theme" (decision 030).
ALTER TABLE answer_tagging ADD COLUMN not_themed_language VARCHAR(16) NULL;
