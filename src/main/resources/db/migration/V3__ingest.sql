-- Rows of a batch that were not accepted, kept for correction and replay
create table rejected_rows (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    id           uuid        not null default gen_random_uuid(),
    source       text        not null,
    line         int         not null,
    field        text        not null,
    message      text        not null,
    raw          text        not null,
    received_at  timestamptz not null,
    replayed_at  timestamptz,
    primary key (workspace_id, id)
);
create index rejected_rows_open on rejected_rows (workspace_id, received_at desc) where replayed_at is null;

-- Customers: one profile per person, found by any of its identities
create table customers (
    workspace_id  uuid           not null references workspaces (id) on delete cascade,
    id            uuid           not null default gen_random_uuid(),
    external_id   text           not null,
    locale        text,
    attributes    jsonb          not null default '{}',
    first_seen_at timestamptz,
    last_seen_at  timestamptz,
    revenue       numeric(18, 2) not null default 0,
    interactions  bigint         not null default 0,
    churned_at    timestamptz,
    created_at    timestamptz    not null default now(),
    primary key (workspace_id, id),
    unique (workspace_id, external_id)
);

create table customer_identities (
    workspace_id uuid not null,
    kind         text not null check (kind in ('external', 'email', 'phone')),
    value        text not null,
    customer_id  uuid not null,
    primary key (workspace_id, kind, value),
    foreign key (workspace_id, customer_id) references customers (workspace_id, id) on delete cascade
);
create index customer_identities_customer on customer_identities (workspace_id, customer_id);

create table customer_merges (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    merged_id    uuid        not null,
    into_id      uuid        not null,
    merged_at    timestamptz not null,
    reason       text        not null,
    primary key (workspace_id, merged_id)
);

-- Channels and touchpoints, created on first use
create table channels (
    workspace_id uuid   not null references workspaces (id) on delete cascade,
    id           bigint generated always as identity,
    key          text   not null,
    primary key (workspace_id, id),
    unique (workspace_id, key)
);

create table touchpoints (
    workspace_id uuid   not null,
    id           bigint generated always as identity,
    channel_id   bigint not null,
    name         text   not null,
    primary key (workspace_id, id),
    unique (workspace_id, channel_id, name),
    foreign key (workspace_id, channel_id) references channels (workspace_id, id) on delete cascade
);

-- Every interaction at every touchpoint; the client's event id makes ingestion idempotent
create table interactions (
    workspace_id     uuid           not null references workspaces (id) on delete cascade,
    event_id         text           not null,
    customer_id      uuid,
    type             text           not null,
    channel_id       bigint         not null,
    touchpoint_id    bigint,
    occurred_at      timestamptz    not null,
    agent            text,
    session_id       text,
    value            numeric(18, 2),
    currency         char(3),
    duration_seconds int,
    text             text,
    properties       jsonb,
    received_at      timestamptz    not null,
    primary key (workspace_id, event_id)
);
create index interactions_time on interactions (workspace_id, occurred_at);
create index interactions_customer on interactions (workspace_id, customer_id, occurred_at);
