-- The insight summary (decision 012): counts of responses per consultation, kept current in the background, so
-- the officer's tables read a few thousand cells instead of millions of answers.

-- Every change that can move a response's counts appends its response here, in the changing transaction, by the
-- triggers below. Appending never waits on another writer; the summariser reads committed rows, recounts those
-- responses from their current state and deletes exactly the rows it read.
CREATE TABLE insight_change (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    response_id     BIGINT NOT NULL,
    consultation_id BIGINT NOT NULL,
    KEY ix_insight_change_consultation (consultation_id, id)
) ENGINE = InnoDB;

-- What the summary has counted for each response, so a recount subtracts exactly what was added. No foreign key:
-- a deleted response's row must outlive it until its counts are subtracted.
CREATE TABLE insight_counted (
    response_id     BIGINT        PRIMARY KEY,
    consultation_id BIGINT        NOT NULL,
    day             DATE          NOT NULL,
    area_id         VARCHAR(60)   NOT NULL,
    channel         VARCHAR(20)   NOT NULL,
    measures        TEXT          NOT NULL,
    equality_groups TEXT          NOT NULL
) ENGINE = InnoDB;

-- Responses per (consultation, local day, measure, area, channel). A measure is 'submitted', 'tagged' (has a free-
-- text answer the model has read: the base of the shares), 'theme:<id>' or 'priority:<id>'. area_id '' = none.
-- Each response has one day, area and channel, so these counts of distinct responses add up over any cells.
CREATE TABLE insight_cell (
    consultation_id BIGINT      NOT NULL,
    day             DATE        NOT NULL,
    measure         VARCHAR(70) NOT NULL,
    area_id         VARCHAR(60) NOT NULL,
    channel         VARCHAR(20) NOT NULL,
    responses       INT         NOT NULL,
    PRIMARY KEY (consultation_id, day, measure, area_id, channel)
) ENGINE = InnoDB;

-- The same without the day: what every view without a date range reads (a few thousand rows a consultation).
CREATE TABLE insight_total (
    consultation_id BIGINT      NOT NULL,
    measure         VARCHAR(70) NOT NULL,
    area_id         VARCHAR(60) NOT NULL,
    channel         VARCHAR(20) NOT NULL,
    responses       INT         NOT NULL,
    PRIMARY KEY (consultation_id, measure, area_id, channel)
) ENGINE = InnoDB;

-- Responses per (consultation, equality-monitoring item, answer, measure, area, channel): the equity lens by an
-- equality item, with or without an area or channel filter (with a date range: insight_group_day; by day and
-- area and channel these cells would outnumber the responses). Only the measures the lens reads: 'tagged' and themes.
CREATE TABLE insight_group_cell (
    consultation_id BIGINT      NOT NULL,
    item            VARCHAR(40) NOT NULL,
    answer          VARCHAR(60) NOT NULL,
    measure         VARCHAR(70) NOT NULL,
    area_id         VARCHAR(60) NOT NULL,
    channel         VARCHAR(20) NOT NULL,
    responses       INT         NOT NULL,
    PRIMARY KEY (consultation_id, item, answer, measure, area_id, channel)
) ENGINE = InnoDB;

-- The same by local day instead of area and channel: the equity lens by an equality item with a date range.
CREATE TABLE insight_group_day (
    consultation_id BIGINT      NOT NULL,
    item            VARCHAR(40) NOT NULL,
    day             DATE        NOT NULL,
    answer          VARCHAR(60) NOT NULL,
    measure         VARCHAR(70) NOT NULL,
    responses       INT         NOT NULL,
    PRIMARY KEY (consultation_id, item, day, answer, measure)
) ENGINE = InnoDB;

-- One row: whoever recounts holds it, so cells have one writer at a time across every instance of the app.
CREATE TABLE insight_summary_lock (
    id INT PRIMARY KEY
) ENGINE = InnoDB;
INSERT INTO insight_summary_lock (id) VALUES (1);

-- The triggers. A bulk loader that marks its responses itself sets @tellus_bulk_load = 1 for its session.
CREATE TRIGGER insight_machine_tag_added AFTER INSERT ON machine_tag FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT a.response_id, r.consultation_id FROM answer a JOIN response r ON r.id = a.response_id
    WHERE a.id = NEW.answer_id AND @tellus_bulk_load IS NULL;
CREATE TRIGGER insight_machine_tag_changed AFTER UPDATE ON machine_tag FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT a.response_id, r.consultation_id FROM answer a JOIN response r ON r.id = a.response_id
    WHERE a.id = NEW.answer_id AND NOT (OLD.theme_id <=> NEW.theme_id AND OLD.answer_id <=> NEW.answer_id);
CREATE TRIGGER insight_machine_tag_removed AFTER DELETE ON machine_tag FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT a.response_id, r.consultation_id FROM answer a JOIN response r ON r.id = a.response_id
    WHERE a.id = OLD.answer_id AND @tellus_bulk_load IS NULL;

CREATE TRIGGER insight_officer_tag_added AFTER INSERT ON officer_tag FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT a.response_id, r.consultation_id FROM answer a JOIN response r ON r.id = a.response_id
    WHERE a.id = NEW.answer_id;
CREATE TRIGGER insight_officer_tag_changed AFTER UPDATE ON officer_tag FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT a.response_id, r.consultation_id FROM answer a JOIN response r ON r.id = a.response_id
    WHERE a.id = NEW.answer_id;
CREATE TRIGGER insight_officer_tag_removed AFTER DELETE ON officer_tag FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT a.response_id, r.consultation_id FROM answer a JOIN response r ON r.id = a.response_id
    WHERE a.id = OLD.answer_id;

CREATE TRIGGER insight_review_added AFTER INSERT ON answer_review FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT a.response_id, r.consultation_id FROM answer a JOIN response r ON r.id = a.response_id
    WHERE a.id = NEW.answer_id;
CREATE TRIGGER insight_review_removed AFTER DELETE ON answer_review FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT a.response_id, r.consultation_id FROM answer a JOIN response r ON r.id = a.response_id
    WHERE a.id = OLD.answer_id;

CREATE TRIGGER insight_tagging_added AFTER INSERT ON answer_tagging FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT a.response_id, r.consultation_id FROM answer a JOIN response r ON r.id = a.response_id
    WHERE a.id = NEW.answer_id AND @tellus_bulk_load IS NULL;
CREATE TRIGGER insight_tagging_removed AFTER DELETE ON answer_tagging FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT a.response_id, r.consultation_id FROM answer a JOIN response r ON r.id = a.response_id
    WHERE a.id = OLD.answer_id AND @tellus_bulk_load IS NULL;

-- An answer deleted takes its tags with it by cascade, and cascades fire no triggers.
CREATE TRIGGER insight_answer_removed AFTER DELETE ON answer FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT r.id, r.consultation_id FROM response r WHERE r.id = OLD.response_id AND @tellus_bulk_load IS NULL;

CREATE TRIGGER insight_response_added AFTER INSERT ON response FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT NEW.id, NEW.consultation_id FROM DUAL WHERE NEW.status = 'SUBMITTED' AND @tellus_bulk_load IS NULL;
CREATE TRIGGER insight_response_changed AFTER UPDATE ON response FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT NEW.id, NEW.consultation_id FROM DUAL
    WHERE NOT (OLD.status <=> NEW.status AND OLD.area_id <=> NEW.area_id AND OLD.channel <=> NEW.channel
               AND OLD.submitted_at <=> NEW.submitted_at AND OLD.consultation_id <=> NEW.consultation_id)
      AND (OLD.status = 'SUBMITTED' OR NEW.status = 'SUBMITTED');
CREATE TRIGGER insight_response_removed AFTER DELETE ON response FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT OLD.id, OLD.consultation_id FROM DUAL WHERE OLD.status = 'SUBMITTED' AND @tellus_bulk_load IS NULL;

CREATE TRIGGER insight_equality_added AFTER INSERT ON response_equality FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT r.id, r.consultation_id FROM response r
    WHERE r.id = NEW.response_id AND r.status = 'SUBMITTED' AND @tellus_bulk_load IS NULL;
CREATE TRIGGER insight_equality_changed AFTER UPDATE ON response_equality FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT r.id, r.consultation_id FROM response r WHERE r.id = NEW.response_id AND r.status = 'SUBMITTED';
CREATE TRIGGER insight_equality_removed AFTER DELETE ON response_equality FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT r.id, r.consultation_id FROM response r
    WHERE r.id = OLD.response_id AND r.status = 'SUBMITTED' AND @tellus_bulk_load IS NULL;

-- A theme mapped to a priority, or no longer: every response counted with that theme reaches other priorities.
CREATE TRIGGER insight_theme_priority_added AFTER INSERT ON theme_priority FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT c.response_id, c.consultation_id FROM insight_counted c
    WHERE FIND_IN_SET(CONCAT('theme:', NEW.theme_id), c.measures) > 0;
CREATE TRIGGER insight_theme_priority_removed AFTER DELETE ON theme_priority FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT c.response_id, c.consultation_id FROM insight_counted c
    WHERE FIND_IN_SET(CONCAT('theme:', OLD.theme_id), c.measures) > 0;

-- What is already there is counted by the summariser once the app starts.
INSERT INTO insight_change (response_id, consultation_id)
SELECT id, consultation_id FROM response WHERE status = 'SUBMITTED' ORDER BY id;
