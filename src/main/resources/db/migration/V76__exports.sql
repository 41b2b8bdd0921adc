-- Exports read each kind by a stable key that only grows, so that a cursor picks up what arrived after it:
-- responses by the order in which they were completed (a partial response completed later, or one imported with a
-- past date, still comes after every response exported before it), interactions by when they were received, cases
-- by their number.
create sequence survey_response_export_seq;
alter table survey_responses add column export_seq bigint;
update survey_responses r set export_seq = o.n
from (select workspace_id, id, row_number() over (order by coalesce(completed_at, started_at), id) as n
      from survey_responses where status = 'complete') o
where r.workspace_id = o.workspace_id and r.id = o.id;
select setval('survey_response_export_seq', coalesce((select max(export_seq) from survey_responses), 0) + 1, false);

create function survey_response_export_seq() returns trigger language plpgsql as $$
begin
    if new.status = 'complete' and (tg_op = 'INSERT' or old.status is distinct from 'complete') then
        new.export_seq := nextval('survey_response_export_seq');
    end if;
    return new;
end $$;

create trigger survey_responses_export_seq before insert or update of status on survey_responses
    for each row execute function survey_response_export_seq();

create index survey_responses_export on survey_responses (workspace_id, export_seq) where export_seq is not null;
create index interactions_received on interactions (workspace_id, received_at, event_id);

-- Exports written in the background to a file under the data directory, deleted with their file after 7 days
create table export_jobs (
    workspace_id   uuid        not null references workspaces (id) on delete cascade,
    id             uuid        not null default gen_random_uuid(),
    kind           text        not null check (kind in ('responses', 'interactions', 'cases')),
    format         text        not null check (format in ('csv', 'ndjson', 'xlsx')),
    period_from    timestamptz,
    period_to      timestamptz,
    status         text        not null check (status in ('queued', 'running', 'done', 'failed')),
    rows_written   bigint      not null default 0,
    total_estimate bigint,
    file           text,
    error          text,
    requested_by   text        not null,
    created_at     timestamptz not null,
    started_at     timestamptz,
    heartbeat_at   timestamptz,
    finished_at    timestamptz,
    primary key (workspace_id, id)
);
create index export_jobs_waiting on export_jobs (created_at) where status in ('queued', 'running');
create index export_jobs_list on export_jobs (workspace_id, created_at desc);
