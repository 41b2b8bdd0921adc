-- A survey's latest responses with their answers (the driver analysis' sample), read from the index alone in time
-- order; it replaces the response-id order, which made every query sort all of the period's rows
drop index survey_scores_responses;
create index survey_scores_recent on survey_scores (workspace_id, survey_id, completed_at desc, response_id)
    include (question_key, score, customer_id);
