-- Daily rollups of the emotions picked, beside the score rollups and kept the same way (see V30): per day of the
-- workspace's zone, with the rows not yet rolled up read raw. The responses with an emotion are counted per day
-- too: a response's emotions are written together, so each response falls into exactly one day and one fold.
alter table survey_emotions add column rolled boolean not null default false;
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
