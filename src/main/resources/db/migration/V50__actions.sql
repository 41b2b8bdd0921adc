-- The closed loop: rules that open cases, cases with owners and service levels, notifications

-- Working days and hours of a workspace (in its time zone), its holidays and its service-level targets
create table business_hours (
    workspace_id uuid primary key references workspaces (id) on delete cascade,
    week         jsonb       not null,
    holidays     jsonb       not null,
    targets      jsonb       not null,
    quiet_hours  text,
    updated_at   timestamptz not null
);

-- Teams of users, with a lead and the names the team's support agents have in the data
create table action_teams (
    workspace_id uuid   not null references workspaces (id) on delete cascade,
    id           uuid   not null default gen_random_uuid(),
    name         text   not null,
    lead_id      uuid,
    members      uuid[] not null default '{}',
    agents       text[] not null default '{}',
    primary key (workspace_id, id),
    unique (workspace_id, name)
);

-- Who owns a touchpoint or a journey stage (by its key), and gets the cases about it
create table action_owners (
    workspace_id uuid not null references workspaces (id) on delete cascade,
    kind         text not null check (kind in ('touchpoint', 'stage')),
    name         text not null,
    user_id      uuid not null,
    primary key (workspace_id, kind, name)
);

create table alert_rules (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    id           uuid        not null default gen_random_uuid(),
    name         text        not null,
    trigger      text        not null check (trigger in ('response', 'text', 'interaction', 'metric')),
    definition   jsonb       not null,
    priority     text        not null check (priority in ('urgent', 'high', 'normal', 'low')),
    assignment   jsonb       not null,
    reassign_on_breach boolean not null default false,
    paused       boolean     not null default false,
    turns        bigint      not null default 0,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    primary key (workspace_id, id)
);
create index alert_rules_active on alert_rules (workspace_id, trigger) where not paused;

-- Case numbers per workspace (#1, #2, ...), handed out in order
create table case_numbers (
    workspace_id uuid   primary key references workspaces (id) on delete cascade,
    last         bigint not null
);

create table cases (
    workspace_id          uuid        not null references workspaces (id) on delete cascade,
    id                    uuid        not null default gen_random_uuid(),
    number                bigint      not null,
    rule_id               uuid,
    rule_name             text        not null,
    subject               text        not null,
    customer_id           uuid,
    title                 text        not null,
    status                text        not null check (status in ('new', 'open', 'waiting', 'resolved', 'closed')),
    priority              text        not null check (priority in ('urgent', 'high', 'normal', 'low')),
    owner_id              uuid,
    team_id               uuid,
    channel               text,
    touchpoint            text,
    agent                 text,
    opened_at             timestamptz not null,
    first_response_at     timestamptz,
    resolved_at           timestamptz,
    closed_at             timestamptz,
    first_response_minutes int        not null,
    resolution_minutes    int         not null,
    first_response_due    timestamptz,
    resolution_due        timestamptz,
    paused_since          timestamptz,
    pauses                jsonb       not null default '[]',
    root_cause            text,
    root_cause_note       text,
    solved                boolean,
    resolution            text,
    updated_at            timestamptz not null,
    primary key (workspace_id, id),
    unique (workspace_id, number)
);
-- one active case per rule and subject (a customer, or a metric's scope): further signals join it
create unique index cases_one_active on cases (workspace_id, rule_id, subject)
    where status in ('new', 'open', 'waiting');
create index cases_opened on cases (workspace_id, opened_at desc);
create index cases_owner on cases (workspace_id, owner_id, status);
create index cases_customer on cases (workspace_id, customer_id);
create index cases_due on cases (resolution_due, first_response_due) where status in ('new', 'open', 'waiting');

-- What a case rests on: responses, texts, interactions, metric windows
create table case_evidence (
    workspace_id uuid        not null,
    case_id      uuid        not null,
    kind         text        not null check (kind in ('response', 'text', 'interaction', 'metric')),
    ref          text        not null,
    summary      text        not null,
    detail       jsonb       not null default '{}',
    occurred_at  timestamptz not null,
    added_at     timestamptz not null,
    primary key (workspace_id, case_id, kind, ref),
    foreign key (workspace_id, case_id) references cases (workspace_id, id) on delete cascade
);

-- Everything that happened to a case, in order: status changes, assignment, comments, follow-ups, escalations
create table case_events (
    workspace_id uuid        not null,
    case_id      uuid        not null,
    id           bigint generated always as identity,
    at           timestamptz not null,
    actor        text        not null,
    actor_id     uuid,
    kind         text        not null,
    detail       jsonb       not null default '{}',
    primary key (workspace_id, id),
    foreign key (workspace_id, case_id) references cases (workspace_id, id) on delete cascade
);
create index case_events_case on case_events (workspace_id, case_id, id);

create table case_watchers (
    workspace_id uuid not null,
    case_id      uuid not null,
    user_id      uuid not null,
    primary key (workspace_id, case_id, user_id),
    foreign key (workspace_id, case_id) references cases (workspace_id, id) on delete cascade
);

-- Each target of each case is escalated once
create table case_escalations (
    workspace_id uuid        not null,
    case_id      uuid        not null,
    target       text        not null check (target in ('first_response', 'resolution')),
    at           timestamptz not null,
    primary key (workspace_id, case_id, target),
    foreign key (workspace_id, case_id) references cases (workspace_id, id) on delete cascade
);

-- The survey sent to the customer when a case was closed, and what they answered
create table case_recoveries (
    workspace_id  uuid        not null,
    case_id       uuid        not null,
    customer_id   uuid        not null,
    metric        text        not null check (metric in ('nps', 'csat')),
    outcome       text        not null,
    survey_id     uuid,
    invitation_id uuid,
    sent_at       timestamptz not null,
    response_id   uuid,
    score         int,
    answered_at   timestamptz,
    primary key (workspace_id, case_id),
    foreign key (workspace_id, case_id) references cases (workspace_id, id) on delete cascade
);
create index case_recoveries_waiting on case_recoveries (workspace_id, survey_id, customer_id) where answered_at is null;

-- Notifications of users: in the app at once, by e-mail (outside quiet hours) through an outbox
create table notifications (
    workspace_id  uuid        not null references workspaces (id) on delete cascade,
    id            uuid        not null default gen_random_uuid(),
    user_id       uuid        not null,
    case_id       uuid,
    kind          text        not null,
    detail        jsonb       not null default '{}',
    created_at    timestamptz not null,
    read_at       timestamptz,
    mail_status   text        not null default 'none' check (mail_status in ('none', 'pending', 'sent', 'failed')),
    mail_due      timestamptz,
    mail_attempts int         not null default 0,
    primary key (workspace_id, id)
);
create index notifications_user on notifications (user_id, workspace_id, created_at desc);
create index notifications_mail on notifications (mail_due) where mail_status = 'pending';

-- The language a user last chose for the pages, for their e-mails
alter table users add column language text check (language in ('en', 'fa', 'ar', 'he'));
