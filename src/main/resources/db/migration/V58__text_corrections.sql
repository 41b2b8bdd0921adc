-- Analysts correct the reading of an analysed text. The analysis row then carries the corrected labels, so every
-- reader (the themes view, the customer timeline, alert rules, the metrics) counts the text as corrected; the
-- model's own reading is kept beside the correction, for the model's accuracy and to restore it.

-- An id for one analysed text, for routes; unique within a workspace (and, being random, everywhere).
alter table text_analyses add column id uuid not null default gen_random_uuid();
create unique index text_analyses_id on text_analyses (workspace_id, id);

create table text_corrections (
    workspace_id      uuid        not null,
    source_kind       text        not null,
    source_id         text        not null,
    field             text        not null,
    text_digest       text        not null,   -- md5 of the text corrected: another text in its place drops it
    sentiment         text        not null,
    emotions          text[]      not null,
    themes            text[]      not null,
    model_sentiment   text        not null,   -- the model's reading, renewed when the text is analysed again
    model_score       real        not null,
    model_confidence  real        not null,
    model_emotions    jsonb       not null,
    model_themes      text[]      not null,
    model_version     text        not null,
    corrected_by      uuid,                   -- the member; null for an API key
    corrected_by_name text        not null,   -- as the audit log names them
    corrected_at      timestamptz not null,
    primary key (workspace_id, source_kind, source_id, field),
    foreign key (workspace_id, source_kind, source_id, field)
      references text_analyses (workspace_id, source_kind, source_id, field) on delete cascade
);
create index text_corrections_recent on text_corrections (workspace_id, corrected_at desc);

-- The NPS-rated texts of the workspace's last adaptation, so that adapting again to new corrections keeps them.
create table text_rated (
    workspace_id uuid     not null references workspaces (id) on delete cascade,
    position     int      not null,
    text         text     not null,
    nps          smallint not null,
    primary key (workspace_id, position)
);
