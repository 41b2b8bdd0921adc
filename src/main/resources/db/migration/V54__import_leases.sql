-- An import is run by one node at a time: the node that claims it renews its lease while it runs, and another node
-- (or the same one after a restart) takes over only an import whose lease has run out, after its last committed line.
alter table imports add column claimed_by text, add column lease_until timestamptz;
create index imports_unfinished on imports (lease_until) where status in ('queued', 'running');
