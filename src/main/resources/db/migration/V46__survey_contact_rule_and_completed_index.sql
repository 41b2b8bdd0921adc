-- How often a customer may be asked at most: no survey invitation within this many days of the previous one
-- (0: no limit); a workspace without a row has the default of 7 days
create table survey_contact_rules (
    workspace_id uuid        primary key references workspaces (id) on delete cascade,
    days         int         not null check (days between 0 and 365),
    updated_at   timestamptz not null
);

-- The workspace's completed responses in time order, whatever their survey: what alert rules are tried against
create index survey_responses_completed on survey_responses (workspace_id, completed_at, id) where status = 'complete';
