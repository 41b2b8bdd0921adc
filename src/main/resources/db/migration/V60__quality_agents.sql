-- The agent directory: one row per agent of a workspace, keyed by the name interactions and survey responses
-- record in their `agent` value. The team is one of the closed loop's teams (action_teams) and the user a member of
-- the workspace; both are references read through those modules, not foreign keys, so a deleted team or member
-- leaves the agent without one rather than failing.
create table quality_agents (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    id           uuid        not null default gen_random_uuid(),
    agent_key    text        not null check (length(agent_key) between 1 and 200),
    display_name text        not null check (length(display_name) between 1 and 120),
    team_id      uuid,
    user_id      uuid,
    active       boolean     not null default true,
    source       text        not null check (source in ('recorded', 'created')),
    created_at   timestamptz not null default now(),
    primary key (workspace_id, id),
    unique (workspace_id, agent_key)
);

-- Which survey responses are about which agent, for the customers' comments on an agent's page
create table quality_response_agents (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    response_id  uuid        not null,
    agent_key    text        not null,
    completed_at timestamptz not null,
    primary key (workspace_id, response_id)
);
create index quality_response_agents_latest on quality_response_agents (workspace_id, agent_key, completed_at desc);

-- The workspace's quality settings: which agent a record with several counts for (the last by default)
create table quality_settings (
    workspace_id uuid primary key references workspaces (id) on delete cascade,
    attribution  text not null default 'last' check (attribution in ('last', 'first'))
);

-- The agents already recorded before the directory existed, keyed by the value exactly as recorded (the figures
-- group the answers by it)
insert into quality_agents (workspace_id, agent_key, display_name, source)
select workspace_id, agent, left(btrim(agent), 120), 'recorded'
from (select workspace_id, agent from interactions where agent is not null
      union
      select workspace_id, agent from survey_responses where agent is not null) recorded
where length(agent) <= 200 and btrim(agent) <> ''
on conflict do nothing;

insert into quality_response_agents (workspace_id, response_id, agent_key, completed_at)
select workspace_id, id, agent, completed_at
from survey_responses
where status = 'complete' and completed_at is not null and length(agent) <= 200 and btrim(agent) <> '';
