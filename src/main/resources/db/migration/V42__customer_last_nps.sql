-- Each customer's latest NPS answer, kept when a response completes: the return on experience groups the customers
-- by it in one pass over the customers, instead of finding every customer's latest answer among all the scores
alter table customers add column last_nps smallint, add column last_nps_at timestamptz;

update customers c set last_nps = l.score, last_nps_at = l.completed_at
from (select distinct on (workspace_id, customer_id) workspace_id, customer_id, score, completed_at
      from survey_scores where question_type = 'nps' and customer_id is not null
      order by workspace_id, customer_id, completed_at desc, score desc) l
where c.workspace_id = l.workspace_id and c.id = l.customer_id;
