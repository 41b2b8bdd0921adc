-- Each customer's latest answer of a type, read from the index alone in the order distinct on wants it
drop index survey_scores_customer;
create index survey_scores_latest on survey_scores (workspace_id, question_type, customer_id, completed_at desc)
    include (score);
-- A survey's responses in id order (the driver analysis' sample) without sorting all of the period's rows
create index survey_scores_responses on survey_scores (workspace_id, survey_id, response_id) include (completed_at);
