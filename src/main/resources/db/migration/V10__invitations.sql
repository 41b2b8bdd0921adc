-- Invitations to answer a survey: one secret token per recipient (only its hash is kept), single use, expiring
create table survey_invitations (
    workspace_id   uuid        not null,
    id             uuid        not null default gen_random_uuid(),
    survey_id      uuid        not null,
    token_hash     bytea       not null unique,
    customer_id    uuid,
    email          text,
    language       text        not null,
    interaction_id text,
    channel        text,
    touchpoint     text,
    agent          text,
    status         text        not null check (status in ('open', 'sent', 'responded', 'expired')),
    response_id    uuid,
    created_at     timestamptz not null,
    sent_at        timestamptz,
    expires_at     timestamptz not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, survey_id) references surveys (workspace_id, id) on delete cascade
);
create index survey_invitations_survey on survey_invitations (workspace_id, survey_id, created_at);

-- People who asked for no more survey e-mails from a workspace: their invitations are never mailed
create table survey_unsubscribes (
    workspace_id    uuid        not null references workspaces (id) on delete cascade,
    email           text        not null,
    unsubscribed_at timestamptz not null,
    primary key (workspace_id, email)
);

-- Triggers: after an interaction of this type on this channel / touchpoint, invite its customer after a delay
create table survey_triggers (
    workspace_id     uuid        not null,
    id               uuid        not null default gen_random_uuid(),
    survey_id        uuid        not null,
    interaction_type text,
    channel          text,
    touchpoint       text,
    delay_minutes    int         not null check (delay_minutes between 0 and 43200),
    throttle_days    int         not null check (throttle_days between 0 and 365),
    active           boolean     not null default true,
    created_at       timestamptz not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, survey_id) references surveys (workspace_id, id) on delete cascade
);
create index survey_invitations_customer on survey_invitations (workspace_id, customer_id, created_at);
