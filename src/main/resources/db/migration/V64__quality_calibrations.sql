-- Calibration sessions: several reviewers score the same interactions against one scorecard version, blind, and the
-- team sees how far they agree. These scores are not quality reviews: they live here, apart from quality_reviews,
-- and never count in an agent's quality score or review list.
create table quality_calibrations (
    workspace_id    uuid        not null references workspaces (id) on delete cascade,
    id              uuid        not null default gen_random_uuid(),
    name            text        not null check (length(name) between 1 and 120),
    scorecard_id    uuid        not null,
    version_id      uuid        not null,
    status          text        not null check (status in ('open', 'closed')),
    created_by      text        not null,
    created_by_user uuid,
    created_at      timestamptz not null,
    closed_at       timestamptz,
    primary key (workspace_id, id),
    foreign key (workspace_id, scorecard_id) references quality_scorecards (workspace_id, id) on delete cascade,
    foreign key (workspace_id, version_id) references quality_scorecard_versions (workspace_id, id)
);
create index quality_calibrations_recent on quality_calibrations (workspace_id, created_at desc);

-- The interactions a session scores, in order: the interaction's event id and the agent of the directory it is
-- about (none when the interaction names no agent)
create table quality_calibration_items (
    workspace_id   uuid not null,
    calibration_id uuid not null,
    position       int  not null check (position >= 0),
    interaction_id text not null,
    agent_id       uuid,
    primary key (workspace_id, calibration_id, position),
    unique (workspace_id, calibration_id, interaction_id),
    foreign key (workspace_id, calibration_id) references quality_calibrations (workspace_id, id) on delete cascade,
    foreign key (workspace_id, agent_id) references quality_agents (workspace_id, id) on delete set null (agent_id)
);

-- Who may score a session: members of the workspace who may review (owners, admins, analysts), in order
create table quality_calibration_reviewers (
    workspace_id   uuid not null,
    calibration_id uuid not null,
    user_id        uuid not null,
    position       int  not null check (position >= 0),
    primary key (workspace_id, calibration_id, user_id),
    foreign key (workspace_id, calibration_id) references quality_calibrations (workspace_id, id) on delete cascade
);

-- One reviewer's scores of one interaction, as a review's (answers and comments per criterion, the score they
-- give), submitted once: blind scores do not change after the others' are seen
create table quality_calibration_scores (
    workspace_id   uuid             not null,
    calibration_id uuid             not null,
    interaction_id text             not null,
    reviewer_user  uuid             not null,
    answers        jsonb            not null,
    comments       jsonb            not null,
    score          double precision,
    auto_failed    jsonb            not null,
    submitted_at   timestamptz      not null,
    primary key (workspace_id, calibration_id, interaction_id, reviewer_user),
    foreign key (workspace_id, calibration_id, interaction_id)
        references quality_calibration_items (workspace_id, calibration_id, interaction_id) on delete cascade,
    foreign key (workspace_id, calibration_id, reviewer_user)
        references quality_calibration_reviewers (workspace_id, calibration_id, user_id) on delete cascade
);
