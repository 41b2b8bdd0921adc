-- Daily sums of the interactions per type, so behavioural KPIs read a few rows a day instead of every interaction.
-- Days are UTC days: a period of a workspace's days (midnight to midnight in its zone) is read as the whole UTC
-- days inside it plus the raw interactions of the two part-days at its ends, the same sums as the raw rows alone.
create table interaction_days (
    workspace_id uuid           not null,
    day          date           not null,
    type         text           not null,
    n            bigint         not null,
    value        numeric(24, 2) not null,
    seconds      bigint         not null,
    timed        bigint         not null,
    primary key (workspace_id, day, type)
);

-- What each insert adds, appended by a trigger (no row is updated, so parallel ingests never wait on each other)
-- and folded into interaction_days by a job; the KPIs read both.
create table interaction_day_deltas (
    workspace_id uuid           not null,
    id           bigint generated always as identity,
    day          date           not null,
    type         text           not null,
    n            bigint         not null,
    value        numeric(24, 2) not null,
    seconds      bigint         not null,
    timed        bigint         not null,
    primary key (workspace_id, id)
);
create index interaction_day_deltas_day on interaction_day_deltas (workspace_id, day);

create function interaction_days_added() returns trigger language plpgsql as $$
begin
    insert into interaction_day_deltas (workspace_id, day, type, n, value, seconds, timed)
    select workspace_id, (occurred_at at time zone 'UTC')::date, type, count(*), coalesce(sum(value), 0),
           coalesce(sum(duration_seconds), 0), count(duration_seconds)
    from added group by 1, 2, 3;
    return null;
end $$;

create trigger interaction_days_added after insert on interactions referencing new table as added
    for each statement execute function interaction_days_added();

insert into interaction_days (workspace_id, day, type, n, value, seconds, timed)
select workspace_id, (occurred_at at time zone 'UTC')::date, type, count(*), coalesce(sum(value), 0),
       coalesce(sum(duration_seconds), 0), count(duration_seconds)
from interactions group by 1, 2, 3;

-- who bought in a period, read from the index alone
create index interactions_purchases on interactions (workspace_id, occurred_at, customer_id) where type = 'purchase';
