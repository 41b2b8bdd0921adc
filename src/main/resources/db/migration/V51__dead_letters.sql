-- Work a background job could not do (a text to analyse, a workspace's rollup, an e-mail), one row per item
-- until it is resolved: the job goes on with the other items, an admin sees what failed and tries it again.
create table dead_letters (
    id              uuid        primary key default gen_random_uuid(),
    workspace_id    uuid        not null references workspaces (id) on delete cascade,
    kind            text        not null,           -- the job's item kind: 'text', 'score-rollup', ...
    item_key        text        not null,           -- the item within its kind and workspace
    error           text        not null,           -- the last failure's message, never a stack trace
    attempts        int         not null,
    first_failed_at timestamptz not null,
    last_failed_at  timestamptz not null,
    resolved_at     timestamptz
);
-- one open letter per item: a failure again counts another attempt
create unique index dead_letters_open on dead_letters (workspace_id, kind, item_key) where resolved_at is null;
create index dead_letters_recent on dead_letters (workspace_id, last_failed_at desc);

-- A text whose analysis failed stays queued, held out of the job's batches until it is retried or sent again.
alter table text_queue add column held boolean not null default false;
