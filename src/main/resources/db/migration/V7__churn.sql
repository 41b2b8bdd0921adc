-- Churn: stated by an explicit event (a customer row with churnedAt) or found by the inactivity rule
alter table customers add column churn_source text check (churn_source in ('explicit', 'inactivity'));
update customers set churn_source = 'explicit' where churned_at is not null;

-- A workspace's inactivity rule: customers not seen for this many days count as churned (180 without a row).
-- No index on last_seen_at: it changes with every batch and would keep those updates from staying on the page;
-- the hourly job reads the table once instead.
create table churn_rules (
    workspace_id    uuid primary key references workspaces (id) on delete cascade,
    inactivity_days int  not null check (inactivity_days between 1 and 3650)
);
