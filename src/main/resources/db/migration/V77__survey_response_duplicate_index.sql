-- survey_responses_newest (V55) repeats survey_responses_recent (V11) column for column: every response paid for
-- two copies of one index. The older one stays; the list and the export read it just the same.
drop index if exists survey_responses_newest;
