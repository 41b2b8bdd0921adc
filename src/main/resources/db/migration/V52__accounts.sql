-- API key use is audited once an hour per key, apart from last_used_at (which is refreshed every minute)
alter table api_keys add column last_audited_at timestamptz;

-- Sign-ins belong to the user: written once, without a workspace; a workspace shows those of its members
alter table audit_log add column user_id uuid references users (id) on delete cascade;
create index audit_log_user_time on audit_log (user_id, occurred_at desc) where user_id is not null;
-- attempts naming no known account are purged after a while
create index audit_log_unknown_time on audit_log (occurred_at) where workspace_id is null and user_id is null;
