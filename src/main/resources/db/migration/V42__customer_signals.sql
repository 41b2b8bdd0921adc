-- What each customer last told: their latest NPS answer, kept when a response completes (and, from V43, the
-- sentiment of their latest text). The return on experience groups the customers by it in one pass instead of
-- finding every customer's latest answer among all the scores. A table of its own, so that keeping it never waits
-- on (or holds) the customers' rows, which every recorded interaction updates.
create table customer_signals (
    workspace_id      uuid        not null,
    customer_id       uuid        not null,
    last_nps          smallint,
    last_nps_at       timestamptz,
    last_sentiment    smallint,   -- -1 negative, 0 neutral, 1 positive
    last_sentiment_at timestamptz,
    primary key (workspace_id, customer_id),
    foreign key (workspace_id, customer_id) references customers (workspace_id, id) on delete cascade
);

insert into customer_signals (workspace_id, customer_id, last_nps, last_nps_at)
select distinct on (s.workspace_id, s.customer_id) s.workspace_id, s.customer_id, s.score, s.completed_at
from survey_scores s join customers c on c.workspace_id = s.workspace_id and c.id = s.customer_id
where s.question_type = 'nps'
order by s.workspace_id, s.customer_id, s.completed_at desc, s.score desc;
