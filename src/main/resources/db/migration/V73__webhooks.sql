-- Webhooks: a workspace's endpoints subscribe to event types of the catalogue and receive them signed per the
-- Standard Webhooks spec, from a durable outbox of deliveries tried again on a schedule, each attempt logged

-- An endpoint: where to send, which event types ('*' for all), its signing secret and, for a day after a rotation,
-- the previous one (both sign); failing_since is the first failure since the last success
create table webhook_endpoints (
    workspace_id          uuid        not null references workspaces (id) on delete cascade,
    id                    uuid        primary key,
    url                   text        not null check (length(url) between 1 and 2000),
    description           text        check (length(description) <= 500),
    event_types           text[]      not null,
    enabled               boolean     not null default true,
    secret                text        not null,
    previous_secret       text,
    previous_secret_until timestamptz,
    failing_since         timestamptz,
    disabled_reason       text,
    created_at            timestamptz not null,
    created_by            text        not null
);
create index webhook_endpoints_workspace on webhook_endpoints (workspace_id, created_at);

-- One message to one endpoint; id is the webhook-id sent (msg_...), payload the body exactly as signed; event_key
-- names the event so that an event handled twice makes one delivery
create table webhook_deliveries (
    id              text        primary key,
    workspace_id    uuid        not null references workspaces (id) on delete cascade,
    endpoint_id     uuid        not null references webhook_endpoints (id) on delete cascade,
    event_type      text        not null,
    event_key       text        not null,
    payload         json        not null,
    status          text        not null check (status in ('pending', 'delivered', 'failed')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    last_error      text,
    unique (endpoint_id, event_key)
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_endpoint on webhook_deliveries (workspace_id, endpoint_id, created_at desc);

-- Every try: the headers sent, the answer's status and first 2 KB, how long it took, or why it was not sent
create table webhook_attempts (
    id               bigserial   primary key,
    workspace_id     uuid        not null references workspaces (id) on delete cascade,
    delivery_id      text        not null references webhook_deliveries (id) on delete cascade,
    at               timestamptz not null,
    request_headers  jsonb       not null,
    status           integer,
    response_excerpt text,
    duration_ms      integer     not null,
    error            text
);
create index webhook_attempts_delivery on webhook_attempts (delivery_id, at);
