-- Scratch tables for docs/benchmarks/final-tags.sh (decision 008). Needs MariaDB (seq_1_to_N).
DROP TABLE IF EXISTS x_officer_tag, x_answer_review, x_machine_tag, x_answer, x_response, x_seq;
CREATE TABLE x_response (id BIGINT PRIMARY KEY, consultation_id BIGINT NOT NULL, status VARCHAR(20) NOT NULL, area_id VARCHAR(60), submitted_at TIMESTAMP(3), KEY ix_c (consultation_id, status, submitted_at)) ENGINE=InnoDB;
CREATE TABLE x_answer (id BIGINT PRIMARY KEY, response_id BIGINT NOT NULL, question_id BIGINT NOT NULL, text_value TEXT, KEY ix_r (response_id)) ENGINE=InnoDB;
CREATE TABLE x_machine_tag (answer_id BIGINT NOT NULL, theme_id VARCHAR(60) NOT NULL, confidence DOUBLE, PRIMARY KEY (answer_id, theme_id), KEY ix_t (theme_id, answer_id)) ENGINE=InnoDB;
CREATE TABLE x_answer_review (answer_id BIGINT PRIMARY KEY, reviewed_by VARCHAR(254), reviewed_at TIMESTAMP(3)) ENGINE=InnoDB;
CREATE TABLE x_officer_tag (answer_id BIGINT NOT NULL, theme_id VARCHAR(60) NOT NULL, PRIMARY KEY (answer_id, theme_id), KEY ix_t (theme_id, answer_id)) ENGINE=InnoDB;
CREATE TABLE x_seq (n INT PRIMARY KEY);
INSERT INTO x_seq SELECT seq FROM seq_1_to_1000000;
INSERT INTO x_response SELECT n, 1 + (n % 2), 'SUBMITTED', CONCAT('area-', n % 21), NOW() - INTERVAL (n % 90) DAY FROM x_seq WHERE n <= 400000;
INSERT INTO x_answer SELECT n, n, 1, 'text' FROM x_seq WHERE n <= 400000;
INSERT INTO x_machine_tag SELECT n, CONCAT('theme-', n % 18), 0.7 FROM x_seq WHERE n <= 400000;
INSERT INTO x_machine_tag SELECT n, CONCAT('theme-', (n*7) % 18 + 100), 0.6 FROM x_seq WHERE n <= 400000 AND n % 2 = 0;
INSERT INTO x_answer_review SELECT n, 'o', NOW() FROM x_seq WHERE n <= 400000 AND n % 50 = 0;
INSERT INTO x_officer_tag SELECT n, CONCAT('theme-', (n+1) % 18) FROM x_seq WHERE n <= 400000 AND n % 50 = 0;
ANALYZE TABLE x_response, x_answer, x_machine_tag, x_answer_review, x_officer_tag;
