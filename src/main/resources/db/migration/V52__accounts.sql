-- API key use is audited once an hour per key, apart from last_used_at (which is refreshed every minute)
alter table api_keys add column last_audited_at timestamptz;

-- Sign-ins belong to the user: written once, without a workspace; a workspace shows those of its members
alter table audit_log add column user_id uuid references users (id) on delete cascade;
create index audit_log_user_time on audit_log (user_id, occurred_at desc) where user_id is not null;
-- attempts naming no known account are purged after a while
create index audit_log_unknown_time on audit_log (occurred_at) where workspace_id is null and user_id is null;

-- An invitation to a workspace, accepted by following the e-mailed link; only the token's hash is stored
create table member_invitations (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    id           uuid        not null default gen_random_uuid(),
    email        text        not null,
    role         text        not null check (role in ('owner', 'admin', 'analyst', 'agent', 'viewer')),
    token_hash   bytea       not null unique,
    invited_by   text        not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    accepted_at  timestamptz,
    primary key (workspace_id, id)
);
create index member_invitations_email on member_invitations (workspace_id, lower(email));

-- A password reset asked for by e-mail: single use, expiring, only the token's hash is stored
create table password_resets (
    token_hash bytea       primary key,
    user_id    uuid        not null references users (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index password_resets_user on password_resets (user_id);
