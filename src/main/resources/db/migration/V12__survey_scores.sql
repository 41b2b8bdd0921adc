-- Every scale answer of a completed response (NPS, CSAT, CES, repurchase, ratings) as a row of its own, with what
-- the response is about: what the metrics count, group and trend without reading the answers' JSON again
create table survey_scores (
    workspace_id  uuid        not null,
    response_id   uuid        not null,
    question_key  text        not null,
    survey_id     uuid        not null,
    question_type text        not null,
    scale_min     smallint    not null,
    scale_max     smallint    not null,
    score         smallint    not null,
    completed_at  timestamptz not null,
    customer_id   uuid,
    channel       text,
    touchpoint    text,
    agent         text,
    language      text        not null,
    primary key (workspace_id, response_id, question_key),
    foreign key (workspace_id, response_id) references survey_responses (workspace_id, id) on delete cascade
);
create index survey_scores_type on survey_scores (workspace_id, question_type, completed_at)
    include (score, channel, touchpoint, survey_id);
create index survey_scores_customer on survey_scores (workspace_id, customer_id, question_type, completed_at);

-- Every emotion picked in a completed response
create table survey_emotions (
    workspace_id uuid        not null,
    response_id  uuid        not null,
    question_key text        not null,
    emotion      text        not null,
    survey_id    uuid        not null,
    completed_at timestamptz not null,
    channel      text,
    touchpoint   text,
    agent        text,
    language     text        not null,
    primary key (workspace_id, response_id, question_key, emotion),
    foreign key (workspace_id, response_id) references survey_responses (workspace_id, id) on delete cascade
);
create index survey_emotions_time on survey_emotions (workspace_id, completed_at);

insert into survey_scores (workspace_id, response_id, question_key, survey_id, question_type, scale_min, scale_max,
                           score, completed_at, customer_id, channel, touchpoint, agent, language)
select r.workspace_id, r.id, q ->> 'key', r.survey_id, q ->> 'type',
       case q ->> 'type' when 'nps' then 0 when 'rating' then coalesce((q ->> 'min')::int, 1) else 1 end,
       case q ->> 'type' when 'nps' then 10 when 'ces' then 7 when 'rating' then coalesce((q ->> 'max')::int, 5) else 5 end,
       (r.answers ->> (q ->> 'key'))::int, r.completed_at, r.customer_id, r.channel, r.touchpoint, r.agent, r.language
from survey_responses r
join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
cross join jsonb_array_elements(s.definition -> 'questions') q
where r.status = 'complete' and r.completed_at is not null
  and q ->> 'type' in ('nps', 'csat', 'ces', 'repurchase', 'rating')
  and jsonb_typeof(r.answers -> (q ->> 'key')) = 'number';

insert into survey_emotions (workspace_id, response_id, question_key, emotion, survey_id, completed_at, channel,
                             touchpoint, agent, language)
select r.workspace_id, r.id, q ->> 'key', e, r.survey_id, r.completed_at, r.channel, r.touchpoint, r.agent, r.language
from survey_responses r
join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
cross join jsonb_array_elements(s.definition -> 'questions') q
cross join jsonb_array_elements_text(case when jsonb_typeof(r.answers -> (q ->> 'key')) = 'array'
                                          then r.answers -> (q ->> 'key') else '[]'::jsonb end) e
where r.status = 'complete' and r.completed_at is not null and q ->> 'type' = 'emotion'
on conflict do nothing;
