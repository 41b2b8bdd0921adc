-- Why a review was made: picked at random by the weekly sample (the only reviews the quality score, IQS, counts),
-- targeted by the sample (linked to a detractor, a negative text or a case: kept apart), or made by hand
alter table quality_reviews add column kind text not null default 'adhoc'
    check (kind in ('random', 'targeted', 'adhoc'));
create index quality_reviews_kind on quality_reviews (workspace_id, kind, agent_id, created_at);

-- How many interactions of each agent the weekly sample picks at random
alter table quality_settings add column sample_per_agent int not null default 5
    check (sample_per_agent between 0 and 100);
