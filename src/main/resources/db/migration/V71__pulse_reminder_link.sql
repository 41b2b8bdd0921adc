-- A pulse reminder carries a link of its own (the hash only, as for the first), so that the link of the first
-- mail keeps working after the reminder
alter table pulse_invitations add column reminder_hash bytea unique;
