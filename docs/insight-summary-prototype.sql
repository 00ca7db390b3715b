-- The proposed insight summary (docs/benchmarks.md, "What it takes to meet 300 ms"), as prototyped by hand on
-- tellus_bench for consultation @c. Not a migration: the tables and their upkeep are for the lead to decide.
DROP TABLE IF EXISTS insight_theme_cell;
DROP TABLE IF EXISTS insight_base_cell;
DROP TABLE IF EXISTS insight_group_cell;
CREATE TABLE insight_theme_cell (
    consultation_id BIGINT NOT NULL, theme_id VARCHAR(60) NOT NULL, day DATE NOT NULL,
    area_id VARCHAR(60) NOT NULL, channel VARCHAR(20) NOT NULL, responses INT NOT NULL,
    PRIMARY KEY (consultation_id, theme_id, area_id, channel, day)) ENGINE = InnoDB;
CREATE TABLE insight_base_cell (
    consultation_id BIGINT NOT NULL, day DATE NOT NULL, area_id VARCHAR(60) NOT NULL, channel VARCHAR(20) NOT NULL,
    tagged INT NOT NULL, PRIMARY KEY (consultation_id, area_id, channel, day)) ENGINE = InnoDB;
CREATE TABLE insight_group_cell (
    consultation_id BIGINT NOT NULL, item VARCHAR(40) NOT NULL, answer VARCHAR(60) NOT NULL, theme_id VARCHAR(60) NOT NULL,
    responses INT NOT NULL, PRIMARY KEY (consultation_id, item, answer, theme_id)) ENGINE = InnoDB;
SET @c = 3;
SET @t0 = NOW(6);
INSERT INTO insight_theme_cell
SELECT r.consultation_id, rt.theme_id, DATE(r.submitted_at), COALESCE(r.area_id, ''), r.channel, COUNT(*)
FROM (SELECT DISTINCT a.response_id, ft.theme_id FROM response r0 JOIN answer a ON a.response_id = r0.id
      JOIN (SELECT answer_id, theme_id FROM machine_tag) ft ON ft.answer_id = a.id
      WHERE r0.consultation_id = @c AND r0.status = 'SUBMITTED') rt
JOIN response r ON r.id = rt.response_id
GROUP BY r.consultation_id, rt.theme_id, DATE(r.submitted_at), COALESCE(r.area_id, ''), r.channel;
INSERT INTO insight_base_cell
SELECT r.consultation_id, DATE(r.submitted_at), COALESCE(r.area_id, ''), r.channel, COUNT(*)
FROM response r WHERE r.consultation_id = @c AND r.status = 'SUBMITTED'
  AND EXISTS (SELECT 1 FROM answer a JOIN answer_tagging t ON t.answer_id = a.id WHERE a.response_id = r.id)
GROUP BY r.consultation_id, DATE(r.submitted_at), COALESCE(r.area_id, ''), r.channel;
INSERT INTO insight_group_cell
SELECT @c, e.item, e.answer, rt.theme_id, COUNT(*)
FROM (SELECT DISTINCT a.response_id, ft.theme_id FROM response r0 JOIN answer a ON a.response_id = r0.id
      JOIN (SELECT answer_id, theme_id FROM machine_tag) ft ON ft.answer_id = a.id
      WHERE r0.consultation_id = @c AND r0.status = 'SUBMITTED') rt
JOIN response_equality e ON e.response_id = rt.response_id
GROUP BY e.item, e.answer, rt.theme_id;
-- each group's base (respondents with a tagged answer), as theme ''
INSERT INTO insight_group_cell
SELECT @c, e.item, e.answer, '', COUNT(*)
FROM response r JOIN response_equality e ON e.response_id = r.id
WHERE r.consultation_id = @c AND r.status = 'SUBMITTED'
  AND EXISTS (SELECT 1 FROM answer a JOIN answer_tagging t ON t.answer_id = a.id WHERE a.response_id = r.id)
GROUP BY e.item, e.answer;
SELECT TIMESTAMPDIFF(MICROSECOND, @t0, NOW(6)) / 1e6 AS build_seconds,
       (SELECT COUNT(*) FROM insight_theme_cell) theme_cells, (SELECT COUNT(*) FROM insight_base_cell) base_cells,
       (SELECT COUNT(*) FROM insight_group_cell) group_cells;
