create table workspaces (
    id             uuid primary key     default gen_random_uuid(),
    name           text        not null check (length(name) between 1 and 120),
    default_locale text        not null default 'en' check (default_locale in ('en', 'fa', 'ar', 'he')),
    time_zone      text        not null default 'UTC',
    calendar       text        not null default 'gregorian'
        check (calendar in ('gregorian', 'persian', 'islamic', 'hebrew')),
    created_at     timestamptz not null default now()
);

create table users (
    id            uuid primary key     default gen_random_uuid(),
    email         text        not null,
    display_name  text        not null,
    password_hash text        not null,
    created_at    timestamptz not null default now()
);
create unique index users_email_key on users (lower(email));

create table memberships (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    user_id      uuid        not null references users (id) on delete cascade,
    role         text        not null check (role in ('owner', 'admin', 'analyst', 'agent', 'viewer')),
    created_at   timestamptz not null default now(),
    primary key (workspace_id, user_id)
);
create index memberships_user on memberships (user_id);

create table api_keys (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    id           uuid        not null default gen_random_uuid(),
    name         text        not null,
    role         text        not null check (role in ('analyst', 'agent', 'viewer')),
    prefix       text        not null,
    secret_hash  bytea       not null unique,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    primary key (workspace_id, id)
);

-- workspace_id is null only for sign-in attempts that name no known user
create table audit_log (
    id           bigint generated always as identity primary key,
    workspace_id uuid references workspaces (id) on delete cascade,
    occurred_at  timestamptz not null,
    actor        text        not null,
    action       text        not null,
    target       text,
    detail       text,
    remote_addr  text
);
create index audit_log_workspace_time on audit_log (workspace_id, occurred_at desc);
