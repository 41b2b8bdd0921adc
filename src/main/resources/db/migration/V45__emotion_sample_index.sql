-- The emotions of a survey's latest responses (emotions as key drivers), read from the index alone by time
create index survey_emotions_recent on survey_emotions (workspace_id, survey_id, completed_at desc)
    include (response_id, emotion);
