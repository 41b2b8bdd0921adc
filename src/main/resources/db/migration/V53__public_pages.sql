-- An invitation's e-mails carry links of their own, made when each is sent: the scheduler's job then holds no
-- secret, and only the hash of every link is kept
create table survey_invitation_tokens (
    token_hash    bytea       primary key,
    workspace_id  uuid        not null,
    invitation_id uuid        not null,
    created_at    timestamptz not null,
    foreign key (workspace_id, invitation_id) references survey_invitations (workspace_id, id) on delete cascade
);
create index survey_invitation_tokens_invitation on survey_invitation_tokens (workspace_id, invitation_id);

-- The web widget's secret: the company's backend signs the customer it names on a page with it (HMAC-SHA256)
alter table surveys add column widget_secret text;
-- widgets made before there were secrets get one now (from PostgreSQL's strong random source), so their keys and the
-- snippets already embedded stay as they are
update surveys set widget_secret = replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')
where widget_key is not null and widget_secret is null;

-- Widget openings that were never answered are purged once expired
create index survey_invitations_widget_expired on survey_invitations (expires_at)
    where source = 'widget' and response_id is null;

-- Rate limits counted by every node together: one row per limit, key and window, dropped once the window is
-- over; unlogged, since counts need not survive a crash
create unlogged table rate_limit_windows (
    name         text        not null,
    key          text        not null,
    window_start timestamptz not null,
    expires_at   timestamptz not null,
    count        bigint      not null,
    primary key (name, key, window_start)
);
create index rate_limit_windows_expiry on rate_limit_windows (expires_at);
