-- Initiatives: a change meant to move a metric for everyone, with its measurement registered before launch: the
-- metric (nps, csat, ces; of one survey or all), the kind of units treated (touchpoint, channel, stage, agent,
-- persona) and which ones, the control units (and whether they were suggested, with the reasons), the baseline
-- window, the launch day, the smallest effect worth detecting and the planned end. Locked at launch: later changes
-- are amendments. Status draft → running (launched) → finished (measured after the planned end); cancelled anytime.
create table initiatives (
    workspace_id     uuid        not null references workspaces (id) on delete cascade,
    id               uuid        not null default gen_random_uuid(),
    title            text        not null check (length(title) between 1 and 200),
    description      text        not null default '' check (length(description) <= 10000),
    owner_user       uuid,
    status           text        not null check (status in ('draft', 'running', 'finished', 'cancelled')),
    insight_kind     text        check (insight_kind in ('pain_point', 'driver', 'theme', 'root_cause', 'idea')),
    insight_ref      text        check (length(insight_ref) <= 300),
    insight_label    text        check (length(insight_label) <= 300),
    stage            text        check (length(stage) <= 200),
    touchpoint       text        check (length(touchpoint) <= 200),
    metric           text        not null check (metric in ('nps', 'csat', 'ces')),
    survey_id        uuid,
    unit_kind        text        not null check (unit_kind in ('touchpoint', 'channel', 'stage', 'agent', 'persona')),
    treated          jsonb       not null,
    control          jsonb       not null,
    control_reasons  jsonb       not null default '[]',
    baseline_from    date        not null,
    baseline_to      date        not null,
    launch_on        date        not null,
    min_effect       double precision not null check (min_effect > 0),
    planned_end      date        not null,
    launched_at      timestamptz,
    finished_at      timestamptz,
    result           jsonb,
    created_by       text        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    primary key (workspace_id, id),
    check (baseline_from <= baseline_to and baseline_to < launch_on and launch_on < planned_end)
);
create index initiatives_status on initiatives (workspace_id, status, planned_end);

-- What was changed in a launched initiative's measurement, when, by whom and why: each field's old and new value
create table initiative_amendments (
    workspace_id  uuid        not null,
    initiative_id uuid        not null,
    id            uuid        not null default gen_random_uuid(),
    amended_at    timestamptz not null,
    amended_by    text        not null,
    reason        text        not null check (length(reason) between 1 and 2000),
    changes       jsonb       not null,
    primary key (workspace_id, initiative_id, id),
    foreign key (workspace_id, initiative_id) references initiatives (workspace_id, id) on delete cascade
);

-- Actions: a piece of work started from an insight (its kind, a reference to it and its label as shown then), at a
-- journey stage or touchpoint, with an owner, a due day, a status and its progress, possibly part of an initiative
create table actions (
    workspace_id  uuid        not null references workspaces (id) on delete cascade,
    id            uuid        not null default gen_random_uuid(),
    title         text        not null check (length(title) between 1 and 200),
    description   text        not null default '' check (length(description) <= 10000),
    owner_user    uuid,
    due_on        date,
    status        text        not null check (status in ('not_started', 'in_progress', 'on_hold', 'done',
                                                         'cancelled')),
    progress      integer     not null default 0 check (progress between 0 and 100),
    initiative_id uuid,
    insight_kind  text        check (insight_kind in ('pain_point', 'driver', 'theme', 'root_cause', 'idea')),
    insight_ref   text        check (length(insight_ref) <= 300),
    insight_label text        check (length(insight_label) <= 300),
    stage         text        check (length(stage) <= 200),
    touchpoint    text        check (length(touchpoint) <= 200),
    created_by    text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    done_at       timestamptz,
    primary key (workspace_id, id),
    check ((insight_kind is null) = (insight_ref is null)),
    foreign key (workspace_id, initiative_id) references initiatives (workspace_id, id) on delete set null (initiative_id)
);
create index actions_status on actions (workspace_id, status, due_on);
create index actions_insight on actions (workspace_id, insight_kind, insight_ref);
create index actions_initiative on actions (workspace_id, initiative_id);

create table action_comments (
    workspace_id uuid        not null,
    action_id    uuid        not null,
    id           uuid        not null default gen_random_uuid(),
    author_user  uuid,
    author_name  text        not null check (length(author_name) between 1 and 200),
    body         text        not null check (length(body) between 1 and 10000),
    created_at   timestamptz not null,
    primary key (workspace_id, action_id, id),
    foreign key (workspace_id, action_id) references actions (workspace_id, id) on delete cascade
);
