-- CX maturity assessments: the evidence as it stood when each was made (frozen, with the rubric's version), the
-- raters an owner invited and each rater's answers, kept apart
create table maturity_assessments (
    workspace_id   uuid        not null references workspaces (id) on delete cascade,
    id             uuid        not null default gen_random_uuid(),
    name           text        not null check (length(name) between 1 and 200),
    as_of          timestamptz not null,
    rubric_version text        not null,
    evidence       jsonb       not null,
    status         text        not null check (status in ('open', 'closed')),
    created_by     text        not null,
    created_at     timestamptz not null,
    closed_at      timestamptz,
    primary key (workspace_id, id)
);
create index maturity_assessments_as_of on maturity_assessments (workspace_id, as_of desc);

create table maturity_raters (
    workspace_id  uuid        not null,
    assessment_id uuid        not null,
    user_id       uuid        not null,
    rater_group   text        not null check (rater_group in ('executive', 'manager', 'frontline')),
    invited_at    timestamptz not null,
    answered_at   timestamptz,
    primary key (workspace_id, assessment_id, user_id),
    foreign key (workspace_id, assessment_id) references maturity_assessments (workspace_id, id) on delete cascade
);

create table maturity_ratings (
    workspace_id  uuid     not null,
    assessment_id uuid     not null,
    user_id       uuid     not null,
    item          text     not null check (length(item) <= 100),
    rating        smallint not null check (rating between 1 and 5),
    primary key (workspace_id, assessment_id, user_id, item),
    foreign key (workspace_id, assessment_id, user_id)
        references maturity_raters (workspace_id, assessment_id, user_id) on delete cascade
);
