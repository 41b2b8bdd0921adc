-- A signal already taken into a case of a rule (a redelivered event, a backfill that meets the live listener)
-- is found by its kind and reference, so it never opens a second case
create index case_evidence_signal on case_evidence (workspace_id, kind, ref);
