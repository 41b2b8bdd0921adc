-- The follow-up survey of each workspace and metric that recovery invitations go to, made on first use; the
-- primary key keeps it to one even when two invitations make it at the same time
create table survey_recovery_surveys (
    workspace_id uuid not null,
    metric       text not null check (metric in ('nps', 'csat')),
    survey_id    uuid not null,
    primary key (workspace_id, metric),
    foreign key (workspace_id, survey_id) references surveys (workspace_id, id) on delete cascade
);
