-- The weekly review sample. A workspace's week (Monday to Sunday in its time zone, keyed by the Monday) is drawn
-- once: the run's row is taken first, in the drawing transaction, so a second node or a restart finds it and reads
-- the assignments already drawn instead of drawing again.
create table quality_sampling_runs (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    week         date        not null check (extract(isodow from week) = 1),
    drawn_at     timestamptz not null,
    primary key (workspace_id, week)
);

-- What the sample asks reviewers to review: an interaction of the week served by an agent, picked at random within
-- its channel (the stratum; stratum_size interactions of the agent's week were there to pick from) or targeted for
-- a reason; the review that fulfilled it once there is one.
create table quality_assignments (
    workspace_id   uuid        not null references workspaces (id) on delete cascade,
    id             uuid        not null default gen_random_uuid(),
    week           date        not null,
    agent_id       uuid        not null,
    interaction_id text        not null,
    occurred_at    timestamptz not null,
    kind           text        not null check (kind in ('random', 'targeted')),
    reason         text        check (reason in ('detractor', 'negative_text', 'case')),
    stratum        text        not null,
    stratum_size   int         not null check (stratum_size >= 1),
    review_id      uuid,
    created_at     timestamptz not null,
    primary key (workspace_id, id),
    unique (workspace_id, week, agent_id, interaction_id),
    check ((kind = 'targeted') = (reason is not null)),
    foreign key (workspace_id, week) references quality_sampling_runs (workspace_id, week) on delete cascade,
    foreign key (workspace_id, agent_id) references quality_agents (workspace_id, id) on delete cascade,
    foreign key (workspace_id, review_id) references quality_reviews (workspace_id, id) on delete set null (review_id)
);
create unique index quality_assignments_review on quality_assignments (workspace_id, review_id)
    where review_id is not null;
create index quality_assignments_week on quality_assignments (workspace_id, week, agent_id);

-- When what a review is about happened: the reviewed interaction's time, or the review's creation for a case. The
-- quality score of a period counts the random reviews whose interaction falls in it.
alter table quality_reviews add column about_at timestamptz;
update quality_reviews r set about_at = coalesce(
    (select i.occurred_at from interactions i where i.workspace_id = r.workspace_id and i.event_id = r.interaction_id),
    r.created_at);
create index quality_reviews_about on quality_reviews (workspace_id, kind, about_at);
