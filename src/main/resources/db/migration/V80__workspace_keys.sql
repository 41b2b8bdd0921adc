-- Every key of workspace data leads with its workspace, as a database sharded by workspace_id (Citus) needs it:
-- the sharing module's tables and the dead letters get primary keys, unique keys and foreign keys that include
-- workspace_id, like the rest of the schema
alter table webhook_deliveries drop constraint webhook_deliveries_endpoint_id_fkey;
alter table webhook_attempts drop constraint webhook_attempts_delivery_id_fkey;
alter table report_deliveries drop constraint report_deliveries_subscription_id_fkey;
alter table share_link_views drop constraint share_link_views_link_id_fkey;

alter table webhook_endpoints drop constraint webhook_endpoints_pkey, add primary key (workspace_id, id);
alter table webhook_deliveries drop constraint webhook_deliveries_pkey, add primary key (workspace_id, id);
alter table webhook_deliveries drop constraint webhook_deliveries_endpoint_id_event_key_key,
    add constraint webhook_deliveries_event_once unique (workspace_id, endpoint_id, event_key);
alter table webhook_attempts drop constraint webhook_attempts_pkey, add primary key (workspace_id, id);
alter table report_subscriptions drop constraint report_subscriptions_pkey, add primary key (workspace_id, id);
alter table report_deliveries drop constraint report_deliveries_pkey, add primary key (workspace_id, id);
alter table share_links drop constraint share_links_pkey, add primary key (workspace_id, id);
alter table share_link_views drop constraint share_link_views_pkey, add primary key (workspace_id, id);
alter table dead_letters drop constraint dead_letters_pkey, add primary key (workspace_id, id);

alter table webhook_deliveries add foreign key (workspace_id, endpoint_id)
    references webhook_endpoints (workspace_id, id) on delete cascade;
alter table webhook_attempts add foreign key (workspace_id, delivery_id)
    references webhook_deliveries (workspace_id, id) on delete cascade;
alter table report_deliveries add foreign key (workspace_id, subscription_id)
    references report_subscriptions (workspace_id, id) on delete cascade;
alter table share_link_views add foreign key (workspace_id, link_id)
    references share_links (workspace_id, id) on delete cascade;
