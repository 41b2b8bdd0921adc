-- Daily rollups of the emotions picked, beside the score rollups and kept the same way (see V30): per day of the
-- workspace's zone, with the rows not yet rolled up read raw. The responses with an emotion are counted per day
-- too: a response's emotions are written together, so each response falls into exactly one day and one fold.
-- as in V30: the rows already there start rolled and are counted below
alter table survey_emotions add column rolled boolean not null default true;
alter table survey_emotions alter column rolled set default false;
create index survey_emotions_tail on survey_emotions (workspace_id, completed_at) where not rolled;

create table survey_emotion_days (
    workspace_id uuid   not null,
    day          date   not null,
    survey_id    uuid   not null,
    question_key text   not null,
    channel      text,
    touchpoint   text,
    emotion      text   not null,
    n            bigint not null,
    foreign key (workspace_id) references survey_rollups (workspace_id) on delete cascade
);
create unique index survey_emotion_days_key on survey_emotion_days (workspace_id, day, survey_id, question_key,
    channel, touchpoint, emotion) nulls not distinct;

create table survey_emotion_response_days (
    workspace_id uuid   not null,
    day          date   not null,
    survey_id    uuid   not null,
    channel      text,
    touchpoint   text,
    n            bigint not null,
    foreign key (workspace_id) references survey_rollups (workspace_id) on delete cascade
);
create unique index survey_emotion_response_days_key on survey_emotion_response_days (workspace_id, day, survey_id,
    channel, touchpoint) nulls not distinct;

-- workspaces with emotions but no scores yet have no rollups: their rows are marked again and folded by the job
update survey_emotions set rolled = false
where workspace_id not in (select workspace_id from survey_rollups);

insert into survey_emotion_days (workspace_id, day, survey_id, question_key, channel, touchpoint, emotion, n)
select e.workspace_id, (e.completed_at at time zone w.zone)::date, e.survey_id, e.question_key, e.channel,
       e.touchpoint, e.emotion, count(*)
from survey_emotions e join survey_rollups w on w.workspace_id = e.workspace_id
group by 1, 2, 3, 4, 5, 6, 7;

insert into survey_emotion_response_days (workspace_id, day, survey_id, channel, touchpoint, n)
select e.workspace_id, (e.completed_at at time zone w.zone)::date, e.survey_id, e.channel, e.touchpoint,
       count(distinct e.response_id)
from survey_emotions e join survey_rollups w on w.workspace_id = e.workspace_id
group by 1, 2, 3, 4, 5;
