-- Each table has one owning feature (decision 016). Other features read another's data through a read model the
-- owner defines here, never through the owner's tables. Every view is a single SELECT without grouping, so
-- MariaDB merges it into the query that reads it (ALGORITHM = MERGE fails loudly if it could not).

-- response's: each answer with its response's consultation, state, time, area and channel.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW response_answer AS
SELECT a.id AS answer_id, a.response_id, a.question_id, r.consultation_id, r.status, r.submitted_at, r.area_id,
       r.channel
FROM answer a
JOIN response r ON r.id = a.response_id;

-- tagging's: the machine's themes of an answer, and which answers the current or an earlier model has read.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW machine_answer_theme AS
SELECT answer_id, theme_id, confidence, explanation FROM machine_tag;

CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW tagged_answer AS
SELECT answer_id, model_version FROM answer_tagging;

-- review's: the final themes of an answer. An officer's decision beats the machine: a reviewed answer has the
-- officer's themes (maybe none), any other the machine's. Every count an officer reads is of these.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW final_answer_theme AS
SELECT ra.answer_id, ra.response_id, ra.consultation_id, COALESCE(o.theme_id, m.theme_id) AS theme_id
FROM response_answer ra
LEFT JOIN answer_review rv ON rv.answer_id = ra.answer_id
LEFT JOIN officer_tag o ON o.answer_id = rv.answer_id
LEFT JOIN machine_answer_theme m ON m.answer_id = ra.answer_id AND rv.answer_id IS NULL
WHERE COALESCE(o.theme_id, m.theme_id) IS NOT NULL;

-- The themes each response is counted with, one row a theme, written by the summariser with insight_counted:
-- what a change of the theme-to-priority mapping must recount is found by index (it was FIND_IN_SET over text).
CREATE TABLE insight_counted_theme (
    response_id     BIGINT      NOT NULL,
    consultation_id BIGINT      NOT NULL,
    theme_id        VARCHAR(60) NOT NULL,
    PRIMARY KEY (theme_id, response_id),
    KEY ix_insight_counted_theme_response (response_id),
    KEY ix_insight_counted_theme_consultation (consultation_id)
) ENGINE = InnoDB;

INSERT INTO insight_counted_theme (response_id, consultation_id, theme_id)
SELECT c.response_id, c.consultation_id, SUBSTRING(m.measure, 7)
FROM insight_counted c,
     JSON_TABLE(CONCAT('["', REPLACE(c.measures, ',', '","'), '"]'), '$[*]' COLUMNS (measure VARCHAR(70) PATH '$')) m
WHERE m.measure LIKE 'theme:%';

-- The insight summary's triggers (decision 012), again, with three changes:
-- * one guard on all of them: a session that set @tellus_bulk_load marks its responses for the summary itself
--   (V11 guarded some and not others);
-- * the answer-to-response join they repeated is response's read model response_answer;
-- * the theme-to-priority triggers find the responses counted with a theme in insight_counted_theme.
-- They sit on other features' tables because a trigger must sit on the table it watches: the one place where
-- insight names those tables (decision 016).
DROP TRIGGER insight_machine_tag_added;
DROP TRIGGER insight_machine_tag_changed;
DROP TRIGGER insight_machine_tag_removed;
DROP TRIGGER insight_officer_tag_added;
DROP TRIGGER insight_officer_tag_changed;
DROP TRIGGER insight_officer_tag_removed;
DROP TRIGGER insight_review_added;
DROP TRIGGER insight_review_removed;
DROP TRIGGER insight_tagging_added;
DROP TRIGGER insight_tagging_removed;
DROP TRIGGER insight_answer_removed;
DROP TRIGGER insight_response_added;
DROP TRIGGER insight_response_changed;
DROP TRIGGER insight_response_removed;
DROP TRIGGER insight_equality_added;
DROP TRIGGER insight_equality_changed;
DROP TRIGGER insight_equality_removed;
DROP TRIGGER insight_theme_priority_added;
DROP TRIGGER insight_theme_priority_removed;

CREATE TRIGGER insight_machine_tag_added AFTER INSERT ON machine_tag FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT response_id, consultation_id FROM response_answer
    WHERE answer_id = NEW.answer_id AND @tellus_bulk_load IS NULL;
CREATE TRIGGER insight_machine_tag_changed AFTER UPDATE ON machine_tag FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT response_id, consultation_id FROM response_answer
    WHERE answer_id = NEW.answer_id AND NOT (OLD.theme_id <=> NEW.theme_id AND OLD.answer_id <=> NEW.answer_id)
      AND @tellus_bulk_load IS NULL;
CREATE TRIGGER insight_machine_tag_removed AFTER DELETE ON machine_tag FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT response_id, consultation_id FROM response_answer
    WHERE answer_id = OLD.answer_id AND @tellus_bulk_load IS NULL;

CREATE TRIGGER insight_officer_tag_added AFTER INSERT ON officer_tag FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT response_id, consultation_id FROM response_answer
    WHERE answer_id = NEW.answer_id AND @tellus_bulk_load IS NULL;
CREATE TRIGGER insight_officer_tag_changed AFTER UPDATE ON officer_tag FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT response_id, consultation_id FROM response_answer
    WHERE answer_id = NEW.answer_id AND @tellus_bulk_load IS NULL;
CREATE TRIGGER insight_officer_tag_removed AFTER DELETE ON officer_tag FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT response_id, consultation_id FROM response_answer
    WHERE answer_id = OLD.answer_id AND @tellus_bulk_load IS NULL;

CREATE TRIGGER insight_review_added AFTER INSERT ON answer_review FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT response_id, consultation_id FROM response_answer
    WHERE answer_id = NEW.answer_id AND @tellus_bulk_load IS NULL;
CREATE TRIGGER insight_review_removed AFTER DELETE ON answer_review FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT response_id, consultation_id FROM response_answer
    WHERE answer_id = OLD.answer_id AND @tellus_bulk_load IS NULL;

CREATE TRIGGER insight_tagging_added AFTER INSERT ON answer_tagging FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT response_id, consultation_id FROM response_answer
    WHERE answer_id = NEW.answer_id AND @tellus_bulk_load IS NULL;
CREATE TRIGGER insight_tagging_removed AFTER DELETE ON answer_tagging FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT response_id, consultation_id FROM response_answer
    WHERE answer_id = OLD.answer_id AND @tellus_bulk_load IS NULL;

-- An answer deleted takes its tags with it by cascade, and cascades fire no triggers. The answer is gone from
-- response_answer by now, so this one reads its response.
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
      AND (OLD.status = 'SUBMITTED' OR NEW.status = 'SUBMITTED') AND @tellus_bulk_load IS NULL;
CREATE TRIGGER insight_response_removed AFTER DELETE ON response FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT OLD.id, OLD.consultation_id FROM DUAL WHERE OLD.status = 'SUBMITTED' AND @tellus_bulk_load IS NULL;

CREATE TRIGGER insight_equality_added AFTER INSERT ON response_equality FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT r.id, r.consultation_id FROM response r
    WHERE r.id = NEW.response_id AND r.status = 'SUBMITTED' AND @tellus_bulk_load IS NULL;
CREATE TRIGGER insight_equality_changed AFTER UPDATE ON response_equality FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT r.id, r.consultation_id FROM response r
    WHERE r.id = NEW.response_id AND r.status = 'SUBMITTED' AND @tellus_bulk_load IS NULL;
CREATE TRIGGER insight_equality_removed AFTER DELETE ON response_equality FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT r.id, r.consultation_id FROM response r
    WHERE r.id = OLD.response_id AND r.status = 'SUBMITTED' AND @tellus_bulk_load IS NULL;

-- A theme mapped to a priority, or no longer: every response counted with that theme reaches other priorities.
CREATE TRIGGER insight_theme_priority_added AFTER INSERT ON theme_priority FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT response_id, consultation_id FROM insight_counted_theme
    WHERE theme_id = NEW.theme_id AND @tellus_bulk_load IS NULL;
CREATE TRIGGER insight_theme_priority_removed AFTER DELETE ON theme_priority FOR EACH ROW
    INSERT INTO insight_change (response_id, consultation_id)
    SELECT response_id, consultation_id FROM insight_counted_theme
    WHERE theme_id = OLD.theme_id AND @tellus_bulk_load IS NULL;
