-- What a workspace's journeys count as a bad experience besides the outcome its sources flag: a dissatisfied
-- survey answer about the visit, an interaction's text read as negative. A workspace without a row counts both.
create table journey_settings (
    workspace_id          uuid        primary key references workspaces (id) on delete cascade,
    dissatisfied_answers  boolean     not null default true,
    negative_texts        boolean     not null default true,
    updated_at            timestamptz not null
);
