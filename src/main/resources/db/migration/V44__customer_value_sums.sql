-- The customers' values summed per latest NPS answer and per sentiment of the latest text: what the return on
-- experience reads, a few rows per workspace instead of a pass over every customer. Statement triggers append what
-- each change adds and takes away (no row is updated, so parallel writers never wait on each other); a job folds
-- the deltas into the sums every minute; the reads take both. signal: 0 = latest NPS answer, 1 = latest sentiment.
create table customer_value_sums (
    workspace_id uuid     not null,
    signal       smallint not null,
    value        smallint not null,
    n            bigint   not null,
    total        numeric  not null,
    squares      numeric  not null,
    repurchased  bigint   not null,
    churned      bigint   not null,
    primary key (workspace_id, signal, value)
);

create table customer_value_deltas (
    workspace_id uuid     not null,
    id           bigint generated always as identity,
    signal       smallint not null,
    value        smallint not null,
    n            bigint   not null,
    total        numeric  not null,
    squares      numeric  not null,
    repurchased  bigint   not null,
    churned      bigint   not null,
    primary key (workspace_id, id)
);

create function customer_values_added() returns trigger language plpgsql as $$
begin
    insert into customer_value_deltas (workspace_id, signal, value, n, total, squares, repurchased, churned)
    select x.workspace_id, s.signal, s.value, sum(x.sign), sum(x.sign * x.revenue), sum(x.sign * x.revenue * x.revenue),
           sum(x.sign * (x.purchases >= 2)::int), sum(x.sign * (x.churned_at is not null)::int)
    from (select 1 as sign, workspace_id, revenue, purchases, churned_at, last_nps, last_sentiment from entered) x
    cross join lateral (values (0::smallint, x.last_nps), (1::smallint, x.last_sentiment)) s(signal, value)
    where s.value is not null
    group by 1, 2, 3
    having sum(x.sign) <> 0 or sum(x.sign * x.revenue) <> 0 or sum(x.sign * (x.purchases >= 2)::int) <> 0
        or sum(x.sign * (x.churned_at is not null)::int) <> 0;
    return null;
end $$;

create function customer_values_changed() returns trigger language plpgsql as $$
begin
    insert into customer_value_deltas (workspace_id, signal, value, n, total, squares, repurchased, churned)
    select x.workspace_id, s.signal, s.value, sum(x.sign), sum(x.sign * x.revenue), sum(x.sign * x.revenue * x.revenue),
           sum(x.sign * (x.purchases >= 2)::int), sum(x.sign * (x.churned_at is not null)::int)
    from (select 1 as sign, workspace_id, revenue, purchases, churned_at, last_nps, last_sentiment from entered union all select -1, workspace_id, revenue, purchases, churned_at, last_nps, last_sentiment from departed) x
    cross join lateral (values (0::smallint, x.last_nps), (1::smallint, x.last_sentiment)) s(signal, value)
    where s.value is not null
    group by 1, 2, 3
    having sum(x.sign) <> 0 or sum(x.sign * x.revenue) <> 0 or sum(x.sign * (x.purchases >= 2)::int) <> 0
        or sum(x.sign * (x.churned_at is not null)::int) <> 0;
    return null;
end $$;

create function customer_values_removed() returns trigger language plpgsql as $$
begin
    insert into customer_value_deltas (workspace_id, signal, value, n, total, squares, repurchased, churned)
    select x.workspace_id, s.signal, s.value, sum(x.sign), sum(x.sign * x.revenue), sum(x.sign * x.revenue * x.revenue),
           sum(x.sign * (x.purchases >= 2)::int), sum(x.sign * (x.churned_at is not null)::int)
    from (select -1 as sign, workspace_id, revenue, purchases, churned_at, last_nps, last_sentiment from departed) x
    cross join lateral (values (0::smallint, x.last_nps), (1::smallint, x.last_sentiment)) s(signal, value)
    where s.value is not null
    group by 1, 2, 3
    having sum(x.sign) <> 0 or sum(x.sign * x.revenue) <> 0 or sum(x.sign * (x.purchases >= 2)::int) <> 0
        or sum(x.sign * (x.churned_at is not null)::int) <> 0;
    return null;
end $$;

create trigger customer_values_added after insert on customers referencing new table as entered
    for each statement execute function customer_values_added();
create trigger customer_values_changed after update on customers referencing old table as departed new table as entered
    for each statement execute function customer_values_changed();
create trigger customer_values_removed after delete on customers referencing old table as departed
    for each statement execute function customer_values_removed();

insert into customer_value_sums (workspace_id, signal, value, n, total, squares, repurchased, churned)
select c.workspace_id, s.signal, s.value, count(*), sum(c.revenue), sum(c.revenue * c.revenue),
       count(*) filter (where c.purchases >= 2), count(c.churned_at)
from customers c
cross join lateral (values (0::smallint, c.last_nps), (1::smallint, c.last_sentiment)) s(signal, value)
where s.value is not null
group by 1, 2, 3;
