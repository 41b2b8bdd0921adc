-- Text analytics: the result per analysed text (an answer's field, a review, a transcript), the durable queue of
-- texts waiting for analysis, the workspace's taxonomy of themes, and the languages a workspace's texts are in.

create table text_analyses (
    workspace_id  uuid        not null references workspaces (id) on delete cascade,
    source_kind   text        not null,             -- 'response', 'interaction', ...
    source_id     text        not null,
    field         text        not null default '',  -- the question key of an answer; '' for a single text
    text          text        not null,             -- kept for quotes and for analysing again with a new model
    language      text        not null,
    sentiment     text        not null,
    score         real        not null,             -- p(positive) - p(negative), in [-1, 1]
    confidence    real        not null,
    emotions      jsonb       not null default '{}',
    themes        text[]      not null default '{}',
    key_phrases   text[]      not null default '{}',
    model_version text        not null,
    occurred_at   timestamptz not null,             -- when the text was written (the response, the review)
    analysed_at   timestamptz not null,
    primary key (workspace_id, source_kind, source_id, field)
);
create index text_analyses_recent on text_analyses (workspace_id, occurred_at desc);
create index text_analyses_themes on text_analyses using gin (themes);
create index text_analyses_model on text_analyses (model_version);

-- A text stays here until its analysis commits: a crash mid-analysis leaves it queued, and it is taken again.
create table text_queue (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    source_kind  text        not null,
    source_id    text        not null,
    field        text        not null default '',
    text         text        not null,
    occurred_at  timestamptz not null,
    enqueued_at  timestamptz not null,
    primary key (workspace_id, source_kind, source_id, field)
);
create index text_queue_order on text_queue (enqueued_at);

create table text_themes (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    key          text        not null,
    position     int         not null,
    keywords     jsonb       not null,              -- {"en": ["deliver*", ...], "fa": [...], ...}
    updated_at   timestamptz not null,
    primary key (workspace_id, key)
);

create table text_settings (
    workspace_id uuid        primary key references workspaces (id) on delete cascade,
    languages    text[]      not null               -- in order of preference; the first is the default
);

-- A workspace's sentiment adapted to its own rated answers, per language, with the figures of the last attempt;
-- the model (buckets, weights) only when it beat the shipped one on the held-out part.
create table text_adaptations (
    workspace_id    uuid        not null references workspaces (id) on delete cascade,
    language        text        not null,
    model_version   text        not null,              -- the shipped model it builds on
    train_texts     int         not null,
    held_out_texts  int         not null,
    accuracy_before real        not null,
    accuracy_after  real        not null,
    buckets         bytea,
    weights         bytea,
    prior_weight    real,
    bias            real,
    trained_at      timestamptz not null,
    primary key (workspace_id, language)
);
