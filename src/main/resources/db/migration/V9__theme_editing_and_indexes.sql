-- Example statements officers give a theme: shown on the Themes page and used as labelled training examples
CREATE TABLE theme_example (
    theme_id VARCHAR(60)   NOT NULL,
    position INT           NOT NULL,
    text     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (theme_id, position),
    CONSTRAINT fk_theme_example_theme FOREIGN KEY (theme_id) REFERENCES theme (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- A consultation generated for benchmarking (insight-benchmark): never real responses, never demo data
ALTER TABLE consultation ADD COLUMN synthetic BOOLEAN NOT NULL DEFAULT FALSE;

-- Insight at scale (docs/benchmarks.md): the insight queries filter and group a consultation's submitted responses
-- by area and channel. With this covering index they read the index alone; without it MariaDB chose a full scan of
-- response for the theme-by-area table (area_id is in no other index but the foreign key's).
CREATE INDEX ix_response_insight ON response (consultation_id, status, area_id, channel, submitted_at);
