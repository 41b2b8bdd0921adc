-- Journey maps: a workspace's maps (optionally for one persona), each an ordered list of stages with their names in
-- four languages, intended experience, touchpoints, evidence and targets, kept as one JSON document because it is
-- always read and written whole
create table journey_maps (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    id           uuid        not null default gen_random_uuid(),
    name         text        not null,
    persona_id   uuid,
    definition   jsonb       not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    primary key (workspace_id, id)
);
