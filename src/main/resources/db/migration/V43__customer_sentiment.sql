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

-- The sentiment of each customer's latest text (-1 negative, 0 neutral, 1 positive). The text analysis leaves it as
-- a mark, folded into the customer every minute without waiting on rows that recorded interactions hold (so it
-- never deadlocks with them); until then the marks are read beside the customers.
alter table customers add column last_sentiment smallint, add column last_sentiment_at timestamptz;
create table customer_sentiment_marks (
    workspace_id uuid        not null,
    customer_id  uuid        not null,
    polarity     smallint    not null,
    written_at   timestamptz not null,
    primary key (workspace_id, customer_id),
    foreign key (workspace_id, customer_id) references customers (workspace_id, id) on delete cascade
);

update customers c set last_sentiment = l.polarity, last_sentiment_at = l.occurred_at
from (select distinct on (workspace_id, customer_id) workspace_id, customer_id, occurred_at,
        case sentiment when 'positive' then 1 when 'negative' then -1 else 0 end as polarity
      from text_analyses where customer_id is not null
      order by workspace_id, customer_id, occurred_at desc, score) l
where c.workspace_id = l.workspace_id and c.id = l.customer_id;
