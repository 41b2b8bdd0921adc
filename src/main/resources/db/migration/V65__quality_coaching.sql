-- The workspace's e-learning catalogue: modules with an https link, each for one criterion of the scorecards or one
-- theme of the customers' comments, so that a training need on it can be suggested as that module
create table quality_coaching_modules (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    id           uuid        not null default gen_random_uuid(),
    title        text        not null check (length(title) between 1 and 200),
    link         text        not null check (link like 'https://%' and length(link) <= 2000),
    focus_kind   text        not null check (focus_kind in ('criterion', 'theme')),
    focus_key    text        not null check (length(focus_key) between 1 and 200),
    created_at   timestamptz not null,
    primary key (workspace_id, id)
);
create index quality_coaching_modules_focus on quality_coaching_modules (workspace_id, focus_kind, focus_key);

-- Coaching sessions: an agent coached by a member (the name kept as it was, should the member leave) one to one, by
-- an e-learning module or in a group, on a date, with its focus (criteria and themes as [{kind, key}]), notes, the
-- actions agreed ([{text, done, doneAt}]), a follow-up date and, for e-learning, the module and when the agent
-- completed it
create table quality_coaching_sessions (
    workspace_id        uuid        not null references workspaces (id) on delete cascade,
    id                  uuid        not null default gen_random_uuid(),
    agent_id            uuid        not null,
    coach_user          uuid,
    coach_name          text        not null check (length(coach_name) between 1 and 200),
    held_on             date        not null,
    format              text        not null check (format in ('one_to_one', 'elearning', 'group')),
    focus               jsonb       not null,
    notes               text        check (length(notes) <= 10000),
    actions             jsonb       not null,
    follow_up_on        date,
    module_id           uuid,
    module_completed_at timestamptz,
    status              text        not null check (status in ('planned', 'held', 'completed')),
    created_by          text        not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    primary key (workspace_id, id),
    check (follow_up_on is null or follow_up_on >= held_on),
    foreign key (workspace_id, agent_id) references quality_agents (workspace_id, id) on delete cascade,
    foreign key (workspace_id, module_id) references quality_coaching_modules (workspace_id, id)
        on delete set null (module_id)
);
create index quality_coaching_sessions_agent on quality_coaching_sessions (workspace_id, agent_id, held_on desc);
create index quality_coaching_sessions_held on quality_coaching_sessions (workspace_id, held_on);
