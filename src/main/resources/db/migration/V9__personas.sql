-- Personas: named kinds of customer with traits and a rule (all conditions must hold); the first by priority wins
create table personas (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    id           uuid        not null default gen_random_uuid(),
    name         text        not null,
    description  text        not null default '',
    traits       jsonb       not null default '{}',
    priority     int         not null default 100,
    rule         jsonb       not null default '[]',
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    primary key (workspace_id, id),
    unique (workspace_id, name)
);

create table persona_assignments (
    workspace_id uuid        not null,
    customer_id  uuid        not null,
    persona_id   uuid        not null,
    assigned_at  timestamptz not null,
    primary key (workspace_id, customer_id),
    foreign key (workspace_id, persona_id) references personas (workspace_id, id) on delete cascade
);
create index persona_assignments_persona on persona_assignments (workspace_id, persona_id);
