-- read-only links to a dashboard view: the token is kept only as its SHA-256 hash, the filters are fixed
create table share_links (
    workspace_id      uuid        not null references workspaces (id) on delete cascade,
    id                uuid        not null default gen_random_uuid(),
    view              text        not null,
    filter_from       date,
    filter_to         date,
    filter_survey     uuid,
    filter_channel    text,
    filter_touchpoint text,
    filter_agent      text,
    filter_language   text,
    token_hash        bytea       not null unique,
    password_hash     text,
    show_texts        boolean     not null default false,
    show_customers    boolean     not null default false,
    expires_at        timestamptz not null,
    created_at        timestamptz not null,
    created_by        text        not null,
    revoked_at        timestamptz,
    primary key (id)
);
create index share_links_workspace on share_links (workspace_id, created_at desc);

-- every opening of a link: when, the address truncated, the browser's name cut short
create table share_link_views (
    id           bigserial   primary key,
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    link_id      uuid        not null references share_links (id) on delete cascade,
    viewed_at    timestamptz not null,
    address      text,
    user_agent   text
);
create index share_link_views_link on share_link_views (link_id, viewed_at desc);
