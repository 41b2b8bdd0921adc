-- Interactions are the largest table: a foreign key to workspaces would check every inserted row on its own and
-- take a key-share lock on the workspace row, serialising parallel batches. Rows are written only by the ingest
-- of an authenticated, existing workspace, so the key goes (deleting a workspace must delete its interactions).
alter table interactions drop constraint interactions_workspace_id_fkey;

-- Every batch updates the customers it touches (last seen, counts, revenue): room in each page lets those
-- updates stay on the page (HOT) without touching the indexes.
alter table customers set (fillfactor = 70);

-- Bulk imports of CSV and NDJSON files: the file waits on disk, rows go through the ingest in batches
create table imports (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    id           uuid        not null default gen_random_uuid(),
    kind         text        not null check (kind in ('interactions', 'customers')),
    format       text        not null check (format in ('csv', 'ndjson')),
    file_name    text        not null,
    size_bytes   bigint      not null,
    bytes_done   bigint      not null default 0,
    rows_done    bigint      not null default 0,
    last_line    int         not null default 0,
    accepted     bigint      not null default 0,
    duplicates   bigint      not null default 0,
    rejected     bigint      not null default 0,
    first_rejections jsonb   not null default '[]',
    status       text        not null check (status in ('queued', 'running', 'done', 'failed')),
    error        text,
    created_by   text        not null,
    created_at   timestamptz not null,
    finished_at  timestamptz,
    primary key (workspace_id, id)
);
create index imports_recent on imports (workspace_id, created_at desc);

-- A first big load fills these tables in seconds; statistics that lag behind make the planner take a table of
-- thousands of rows for a handful. Analyse them after a few percent of change rather than after 10%.
alter table customers set (autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 1000);
alter table customer_identities set (autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 1000);
alter table interactions set (autovacuum_analyze_scale_factor = 0.05, autovacuum_analyze_threshold = 5000);
