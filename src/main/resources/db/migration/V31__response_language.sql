-- The language a response was answered in (decision 035): the tag of a language of base/ui/Language, English
-- for every response before this.
ALTER TABLE response ADD COLUMN language VARCHAR(20) NOT NULL DEFAULT 'en-GB';
