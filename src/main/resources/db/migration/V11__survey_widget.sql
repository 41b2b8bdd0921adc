-- The web widget: a survey answers in-page visitors through its own key (no key: no widget)
alter table surveys add column widget_key text unique;

-- Where an invitation came from, so that its response says how it was collected (null: link or e-mail)
alter table survey_invitations add column source text check (source in ('widget'));

-- The responses list: newest first, page after page
create index survey_responses_recent
    on survey_responses (workspace_id, survey_id, (coalesce(completed_at, started_at)) desc, id desc);
