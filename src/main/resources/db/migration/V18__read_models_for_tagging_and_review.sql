-- Read models through which tagging and review read other features' rows (decision 016), so that neither names
-- answer, question, response or forum_post. MERGE views: the optimiser folds them into the query, so the plans
-- (and the tagging queue's FOR UPDATE SKIP LOCKED) are those of the joins they replace.

-- consultation's: each question's consultation, kind and wording.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW question_text AS
SELECT id AS question_id, consultation_id, type, prompt FROM question;

-- response's: the free-text answers of submitted responses, with their text: what is tagged and reviewed.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW submitted_text_answer AS
SELECT a.id AS answer_id, a.response_id, r.reference, r.consultation_id, a.question_id, qt.prompt,
       a.text_value AS text
FROM answer a
JOIN response r ON r.id = a.response_id AND r.status = 'SUBMITTED'
JOIN question_text qt ON qt.question_id = a.question_id AND qt.type = 'FREE_TEXT'
WHERE a.text_value IS NOT NULL;

-- tagging's: which model read an answer, now with how sure it was (the review queue's order).
CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW tagged_answer AS
SELECT answer_id, model_version, certainty, uncertain_theme FROM answer_tagging;

-- network's: the forum posts that are not deleted, with the text their author typed.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW live_forum_post AS
SELECT id AS post_id, body_source, edited_at FROM forum_post WHERE deleted_at IS NULL;
