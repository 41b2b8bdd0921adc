-- Daily rollups of the score rows, so the dashboard's metrics read a few rows a day instead of every answer.
-- A day is a day of the workspace's zone (the metrics cut periods at its midnights, which may fall on a quarter
-- hour in UTC, e.g. +03:30); survey_rollups records the zone the rollups were counted in, and a zone change makes
-- the job count them again. Rows not yet in a rollup are not 'rolled': the metrics add that tail from the raw rows,
-- so every figure is the same as from the raw rows alone, at any moment.
-- the rows already there are counted below: they start rolled (a default kept aside, no table rewrite), new ones not
alter table survey_scores add column rolled boolean not null default true;
alter table survey_scores alter column rolled set default false;
create index survey_scores_tail on survey_scores (workspace_id, question_type, completed_at) where not rolled;

create table survey_rollups (
    workspace_id uuid primary key references workspaces (id) on delete cascade,
    zone         text not null
);

create table survey_score_days (
    workspace_id  uuid     not null,
    question_type text     not null,
    day           date     not null,
    survey_id     uuid     not null,
    question_key  text     not null,
    channel       text,
    touchpoint    text,
    scale_min     smallint not null,
    scale_max     smallint not null,
    score         smallint not null,
    n             bigint   not null,
    foreign key (workspace_id) references survey_rollups (workspace_id) on delete cascade
);
-- the key; channel and touchpoint may be missing, and a missing one is a group of its own
create unique index survey_score_days_key on survey_score_days (workspace_id, question_type, day, survey_id,
    question_key, channel, touchpoint, scale_min, scale_max, score) nulls not distinct;

insert into survey_rollups (workspace_id, zone)
select id, time_zone from workspaces where id in (select workspace_id from survey_scores);

insert into survey_score_days (workspace_id, question_type, day, survey_id, question_key, channel, touchpoint,
                               scale_min, scale_max, score, n)
select s.workspace_id, s.question_type, (s.completed_at at time zone w.zone)::date, s.survey_id, s.question_key,
       s.channel, s.touchpoint, s.scale_min, s.scale_max, s.score, count(*)
from survey_scores s join survey_rollups w on w.workspace_id = s.workspace_id
group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
