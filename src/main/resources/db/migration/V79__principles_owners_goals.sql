-- One registry of owners: besides touchpoints and journey stages, a stage's KPI target (stage key:kpi) and a text
-- theme (its key) have an owner, and each may have a deputy who gets the cases when the owner has left
alter table action_owners drop constraint action_owners_kind_check;
alter table action_owners add constraint action_owners_kind_check
    check (kind in ('touchpoint', 'stage', 'kpi_target', 'theme'));
alter table action_owners add column deputy_id uuid;
alter table action_owners add constraint action_owners_deputy_differs check (deputy_id is null or deputy_id <> user_id);

-- A workspace's CX principles: the statement in its languages, and the scorecard criteria (by key, across
-- scorecards) and journey stages (by key) that service is measured against it by
create table cx_principles (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    id           uuid        not null default gen_random_uuid(),
    statement    jsonb       not null,
    criteria     text[]      not null default '{}',
    stages       text[]      not null default '{}',
    position     int         not null,
    created_by   text        not null,
    created_at   timestamptz not null,
    primary key (workspace_id, id)
);

-- Goals with a horizon: a metric (of all answers or one stage), a target and a date; the horizon is read from the
-- days between the day it was set and the date
create table cx_goals (
    workspace_id uuid             not null references workspaces (id) on delete cascade,
    id           uuid             not null default gen_random_uuid(),
    name         text             not null check (length(name) between 1 and 200),
    metric       text             not null check (metric in ('nps', 'csat', 'ces', 'churn', 'enps')),
    stage        text,
    target       double precision not null,
    set_on       date             not null,
    due_on       date             not null check (due_on > set_on),
    created_by   text             not null,
    created_at   timestamptz      not null,
    primary key (workspace_id, id)
);

-- Each goal's figure day by day as the daily job (or the backfill when the goal was set) found it
create table cx_goal_history (
    workspace_id uuid             not null,
    goal_id      uuid             not null,
    day          date             not null,
    value        double precision,
    low          double precision,
    high         double precision,
    n            bigint           not null,
    status       text             not null check (status in ('on_track', 'at_risk', 'off_track', 'no_data')),
    primary key (workspace_id, goal_id, day),
    foreign key (workspace_id, goal_id) references cx_goals (workspace_id, id) on delete cascade
);
