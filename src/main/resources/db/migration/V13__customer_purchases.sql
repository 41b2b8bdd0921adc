-- How many purchases each customer made, kept up to date by the ingest like revenue: repurchase and ROI read it
alter table customers add column purchases bigint not null default 0;

update customers c set purchases = p.n
from (select workspace_id, customer_id, count(*) as n from interactions
      where type = 'purchase' and customer_id is not null group by workspace_id, customer_id) p
where c.workspace_id = p.workspace_id and c.id = p.customer_id;
