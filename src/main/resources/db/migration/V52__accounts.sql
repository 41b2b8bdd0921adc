-- API key use is audited once an hour per key, apart from last_used_at (which is refreshed every minute)
alter table api_keys add column last_audited_at timestamptz;
