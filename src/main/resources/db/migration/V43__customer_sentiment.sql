-- Whose text it is: the customer of the response or interaction, kept with the queued text and its analysis, so
-- that each customer's latest sentiment can be found (return on experience by sentiment)
alter table text_queue add column customer_id uuid;
alter table text_analyses add column customer_id uuid;

update text_analyses t set customer_id = r.customer_id
from survey_responses r
where t.source_kind = 'response' and r.workspace_id = t.workspace_id
  and t.source_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
  and r.id = cast(t.source_id as uuid) and r.customer_id is not null;
update text_analyses t set customer_id = i.customer_id
from interactions i
where t.source_kind = 'interaction' and i.workspace_id = t.workspace_id and i.event_id = t.source_id
  and i.customer_id is not null;

-- a customer's latest text first; of texts written at the same moment, the most negative first
create index text_analyses_customer on text_analyses (workspace_id, customer_id, occurred_at desc, score)
    include (sentiment) where customer_id is not null;

-- The sentiment of each customer's latest text, kept as texts are analysed
insert into customer_signals (workspace_id, customer_id, last_sentiment, last_sentiment_at)
select l.workspace_id, l.customer_id, l.polarity, l.occurred_at
from (select distinct on (workspace_id, customer_id) workspace_id, customer_id, occurred_at,
        case sentiment when 'positive' then 1 when 'negative' then -1 else 0 end as polarity
      from text_analyses where customer_id is not null
      order by workspace_id, customer_id, occurred_at desc, score) l
join customers c on c.workspace_id = l.workspace_id and c.id = l.customer_id
on conflict (workspace_id, customer_id) do update
  set last_sentiment = excluded.last_sentiment, last_sentiment_at = excluded.last_sentiment_at;
