-- The language a signed-in person chose for the pages and their emails (a tag such as 'cy'); NULL: none chosen,
-- so the browser's language applies (decision 030).
ALTER TABLE app_user ADD COLUMN preferred_language VARCHAR(16) NULL;
