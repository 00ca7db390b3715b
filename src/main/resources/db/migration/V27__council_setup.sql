-- A council sets itself up (decision 033): areas and priorities are retired, never deleted, so old responses and
-- reports keep them; an area merged into another is retired and names the area it went into (its responses stay
-- where they were given). Both get an optimistic-lock version like themes.
ALTER TABLE area
    ADD COLUMN code        VARCHAR(20) NULL,
    ADD COLUMN retired     BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN merged_into VARCHAR(60) NULL,
    ADD COLUMN version     BIGINT      NOT NULL DEFAULT 0;

ALTER TABLE plan_priority
    ADD COLUMN retired BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN version BIGINT  NOT NULL DEFAULT 0;

-- A council plan's period; its priorities name it by plan_priority.plan_name (the taxonomy file's "plan" column).
CREATE TABLE council_plan (
    name        VARCHAR(200) PRIMARY KEY,
    starts_year INT          NULL,
    ends_year   INT          NULL,
    version     BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB;

INSERT INTO council_plan (name) SELECT DISTINCT plan_name FROM plan_priority;

-- The council itself: one row, its name, contact and logo, shown in the page frame and the report.
CREATE TABLE council (
    id            TINYINT      PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    contact_email VARCHAR(254) NOT NULL DEFAULT '',
    contact_phone VARCHAR(40)  NOT NULL DEFAULT '',
    website       VARCHAR(300) NOT NULL DEFAULT '',
    logo          MEDIUMBLOB   NULL,
    logo_type     VARCHAR(40)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_council_one_row CHECK (id = 1)
) ENGINE = InnoDB;
