-- How many customers a workspace has and how many of them churned, counted from the index alone
create index customers_churn on customers (workspace_id, churned_at);
