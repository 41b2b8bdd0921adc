-- A survey's responses newest first, as the list and the export read them (keyset pages by time, then id): an
-- export of any size reads a page at a time from this index instead of sorting every response for each page.
create index survey_responses_newest on survey_responses (workspace_id, survey_id, (coalesce(completed_at, started_at)) desc, id desc);
