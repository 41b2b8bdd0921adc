-- Answers to employee surveys count in no customer figure: the score and emotion rows written for them before, and
-- their share of the daily rollups, go. (Their responses stay; the employee pulse keeps its answers apart.)
delete from survey_score_days d using surveys s
where d.workspace_id = s.workspace_id and d.survey_id = s.id
  and coalesce(lower(btrim(s.definition ->> 'audience')), 'customers') in ('employees', 'employee');
delete from survey_emotion_days d using surveys s
where d.workspace_id = s.workspace_id and d.survey_id = s.id
  and coalesce(lower(btrim(s.definition ->> 'audience')), 'customers') in ('employees', 'employee');
delete from survey_emotion_response_days d using surveys s
where d.workspace_id = s.workspace_id and d.survey_id = s.id
  and coalesce(lower(btrim(s.definition ->> 'audience')), 'customers') in ('employees', 'employee');
delete from survey_scores d using surveys s
where d.workspace_id = s.workspace_id and d.survey_id = s.id
  and coalesce(lower(btrim(s.definition ->> 'audience')), 'customers') in ('employees', 'employee');
delete from survey_emotions d using surveys s
where d.workspace_id = s.workspace_id and d.survey_id = s.id
  and coalesce(lower(btrim(s.definition ->> 'audience')), 'customers') in ('employees', 'employee');
