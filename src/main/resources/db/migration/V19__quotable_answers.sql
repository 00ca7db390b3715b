-- response's read model of free-text answers gains what a quote needs: whether the resident consented to being
-- quoted, and the credit public text carries (decision 016: insight's quotes read it instead of answer, question
-- and response).
CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW submitted_text_answer AS
SELECT a.id AS answer_id, a.response_id, r.reference, r.consultation_id, a.question_id, qt.prompt,
       a.text_value AS text, r.consent_to_quote, r.attribution
FROM answer a
JOIN response r ON r.id = a.response_id AND r.status = 'SUBMITTED'
JOIN question_text qt ON qt.question_id = a.question_id AND qt.type = 'FREE_TEXT'
WHERE a.text_value IS NOT NULL;
