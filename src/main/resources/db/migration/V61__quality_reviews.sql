-- Scorecards and their versions: a version holds what a review is scored against (sections, criteria with scale,
-- weight, N/A and critical flags, and their wording per language, as JSON); a change of scoring makes a new
-- version, a change of wording rewrites the current one. Every review keeps the version it used.
create table quality_scorecards (
    workspace_id    uuid        not null references workspaces (id) on delete cascade,
    id              uuid        not null default gen_random_uuid(),
    name            text        not null check (length(name) between 1 and 120),
    channel         text        not null check (channel in ('call', 'chat', 'email', 'other')),
    current_version int         not null default 1,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    primary key (workspace_id, id)
);

create table quality_scorecard_versions (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    id           uuid        not null default gen_random_uuid(),
    scorecard_id uuid        not null,
    version      int         not null check (version >= 1),
    content      jsonb       not null,
    created_at   timestamptz not null,
    primary key (workspace_id, id),
    unique (workspace_id, scorecard_id, version),
    foreign key (workspace_id, scorecard_id) references quality_scorecards (workspace_id, id) on delete cascade
);

-- A review of one interaction (its event id) or one case by a reviewer, about one agent of the directory: the
-- answers and comments per criterion, and the score they gave against the version used
create table quality_reviews (
    workspace_id   uuid        not null references workspaces (id) on delete cascade,
    id             uuid        not null default gen_random_uuid(),
    scorecard_id   uuid        not null,
    version_id     uuid        not null,
    interaction_id text,
    case_id        uuid,
    agent_id       uuid        not null,
    reviewer       text        not null,
    reviewer_user  uuid,
    answers        jsonb       not null,
    comments       jsonb       not null,
    score          double precision,
    auto_failed    jsonb       not null,
    status         text        not null check (status in ('open', 'acknowledged', 'disputed', 'resolved')),
    created_at     timestamptz not null,
    primary key (workspace_id, id),
    check ((interaction_id is null) <> (case_id is null)),
    foreign key (workspace_id, version_id) references quality_scorecard_versions (workspace_id, id),
    foreign key (workspace_id, agent_id) references quality_agents (workspace_id, id) on delete cascade
);
create index quality_reviews_agent on quality_reviews (workspace_id, agent_id, created_at desc);

-- What happened to a review after it was scored: acknowledged, disputed with a comment, resolved with an outcome
-- (and the new answers and score when the outcome rescored it)
create table quality_review_events (
    workspace_id uuid        not null,
    review_id    uuid        not null,
    seq          bigserial,
    action       text        not null check (action in ('acknowledge', 'dispute', 'resolve')),
    actor        text        not null,
    actor_user   uuid,
    comment      text,
    outcome      text check (outcome in ('accepted', 'partly', 'rejected')),
    answers      jsonb,
    score        double precision,
    at           timestamptz not null,
    primary key (workspace_id, review_id, seq),
    foreign key (workspace_id, review_id) references quality_reviews (workspace_id, id) on delete cascade
);
