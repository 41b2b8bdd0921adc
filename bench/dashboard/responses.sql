-- One survey's responses from an NDJSON file of rows of POST /api/v1/surveys/{id}/responses, stored as that import
-- stores them (customer by external id, language of the survey nearest the locale, source 'import', complete at
-- submittedAt), then their score and emotion rows by the same INSERT ... SELECT as ScoreFacts, and the customers'
-- latest NPS answers.
-- psql variables: workspace, survey; the file comes on standard input.
create temp table raw_rows (line jsonb);
-- csv with quote and delimiter characters that never occur in JSON reads each line whole, backslashes untouched
\copy raw_rows from pstdin with (format csv, quote e'\x01', delimiter e'\x02')

insert into survey_responses (workspace_id, survey_id, external_id, customer_id, channel, touchpoint, agent,
                              language, source, answers, status, started_at, completed_at)
select :'workspace', :'survey', x.line ->> 'id', i.customer_id, x.line ->> 'channel', x.line ->> 'touchpoint',
       x.line ->> 'agent',
       case when s.definition -> 'languages' ? split_part(replace(lower(x.line ->> 'locale'), '_', '-'), '-', 1)
            then split_part(replace(lower(x.line ->> 'locale'), '_', '-'), '-', 1)
            else s.definition -> 'languages' ->> 0 end,
       'import', x.line -> 'answers', 'complete', (x.line ->> 'submittedAt')::timestamptz,
       (x.line ->> 'submittedAt')::timestamptz
from raw_rows x
join surveys s on s.workspace_id = :'workspace' and s.id = :'survey'
left join customer_identities i on i.workspace_id = :'workspace' and i.kind = 'external'
  and i.value = x.line ->> 'customer'
on conflict (workspace_id, survey_id, external_id) do nothing;

insert into survey_scores (workspace_id, response_id, question_key, survey_id, question_type, scale_min,
  scale_max, score, completed_at, customer_id, channel, touchpoint, agent, language)
select r.workspace_id, r.id, q ->> 'key', r.survey_id, q ->> 'type',
  case q ->> 'type' when 'nps' then 0 when 'rating' then coalesce((q ->> 'min')::int, 1) else 1 end,
  case q ->> 'type' when 'nps' then 10 when 'ces' then 7 when 'rating' then coalesce((q ->> 'max')::int, 5)
    else 5 end,
  (r.answers ->> (q ->> 'key'))::int, r.completed_at, r.customer_id, r.channel, r.touchpoint, r.agent,
  r.language
from survey_responses r
join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
cross join jsonb_array_elements(s.definition -> 'questions') q
where r.workspace_id = :'workspace' and r.survey_id = :'survey' and r.status = 'complete'
  and q ->> 'type' in ('nps', 'csat', 'ces', 'repurchase', 'rating')
  and jsonb_typeof(r.answers -> (q ->> 'key')) = 'number'
on conflict do nothing;

insert into survey_emotions (workspace_id, response_id, question_key, emotion, survey_id, completed_at,
  channel, touchpoint, agent, language)
select r.workspace_id, r.id, q ->> 'key', e, r.survey_id, r.completed_at, r.channel, r.touchpoint, r.agent,
  r.language
from survey_responses r
join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
cross join jsonb_array_elements(s.definition -> 'questions') q
cross join jsonb_array_elements_text(case when jsonb_typeof(r.answers -> (q ->> 'key')) = 'array'
  then r.answers -> (q ->> 'key') else '[]'::jsonb end) e
where r.workspace_id = :'workspace' and r.survey_id = :'survey' and r.status = 'complete'
  and q ->> 'type' = 'emotion'
on conflict do nothing;

-- each customer's latest NPS answer, kept as the application keeps it when a response completes
update customers c set last_nps = l.score, last_nps_at = l.completed_at
from (select distinct on (customer_id) customer_id, score, completed_at from survey_scores
      where workspace_id = :'workspace' and survey_id = :'survey' and question_type = 'nps' and customer_id is not null
      order by customer_id, completed_at desc, score desc) l
where c.workspace_id = :'workspace' and c.id = l.customer_id
  and (c.last_nps_at is null or (l.completed_at, l.score) > (c.last_nps_at, c.last_nps));
