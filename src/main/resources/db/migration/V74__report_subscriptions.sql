-- Scheduled reports: a member's subscription to a view of a workspace, sent by e-mail with a PDF at an hour of the
-- workspace's zone; every delivery (sent, skipped with its reason, retrying or failed with its error) is logged.
create table report_subscriptions (
    id uuid primary key,
    workspace_id uuid not null references workspaces (id) on delete cascade,
    user_id uuid not null references users (id) on delete cascade,
    view text not null,
    filters jsonb not null default '{}'::jsonb,
    frequency text not null,
    hour int not null check (hour between 0 and 23),
    language text not null,
    only_when_changed boolean not null default false,
    -- the next scheduled send, a retry's time while one is pending, and how many attempts of this send failed
    next_at timestamptz not null,
    retry_at timestamptz,
    attempts int not null default 0,
    -- a run that claimed the subscription holds it until then (a node that died lets it go)
    claimed_until timestamptz,
    last_sent_at timestamptz,
    -- the pain points the last report named (stage or touchpoint keys), so the next names only the new ones
    last_pain_points text[] not null default '{}',
    created_by text not null,
    created_at timestamptz not null
);
create index report_subscriptions_due on report_subscriptions (next_at);
create index report_subscriptions_of_workspace on report_subscriptions (workspace_id, user_id);

create table report_deliveries (
    id uuid primary key,
    workspace_id uuid not null references workspaces (id) on delete cascade,
    subscription_id uuid not null references report_subscriptions (id) on delete cascade,
    at timestamptz not null,
    status text not null,
    reason text,
    error text,
    with_pdf boolean not null default false
);
create index report_deliveries_of_subscription on report_deliveries (subscription_id, at desc);

-- the cases that missed a service level (actions.CaseSlaBreached), for the reports and the overview's feed
create table report_breaches (
    workspace_id uuid not null references workspaces (id) on delete cascade,
    case_id uuid not null,
    target text not null,
    number bigint not null,
    priority text not null,
    at timestamptz not null,
    primary key (workspace_id, case_id, target)
);

-- the key unsubscribe links are signed with, one per installation
create table report_signing_key (
    id int primary key check (id = 1),
    secret text not null
);
insert into report_signing_key (id, secret) values (1, md5(random()::text) || replace(gen_random_uuid()::text, '-', ''));
