-- Surveys: the definition (questions, texts in each language) as JSON, edited as a draft, then published
create table surveys (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    id           uuid        not null default gen_random_uuid(),
    name         text        not null,
    status       text        not null check (status in ('draft', 'published', 'closed')),
    definition   jsonb       not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    published_at timestamptz,
    closed_at    timestamptz,
    primary key (workspace_id, id)
);

-- Responses, tied to what they are about: customer, interaction, channel, touchpoint, agent
create table survey_responses (
    workspace_id   uuid        not null,
    id             uuid        not null default gen_random_uuid(),
    survey_id      uuid        not null,
    external_id    text,
    customer_id    uuid,
    interaction_id text,
    channel        text,
    touchpoint     text,
    agent          text,
    language       text        not null,
    source         text        not null check (source in ('link', 'email', 'widget', 'import')),
    answers        jsonb       not null,
    status         text        not null check (status in ('complete', 'incomplete')),
    started_at     timestamptz not null,
    completed_at   timestamptz,
    primary key (workspace_id, id),
    foreign key (workspace_id, survey_id) references surveys (workspace_id, id) on delete cascade,
    unique (workspace_id, survey_id, external_id)
);
create index survey_responses_survey on survey_responses (workspace_id, survey_id, completed_at);
create index survey_responses_customer on survey_responses (workspace_id, customer_id);
