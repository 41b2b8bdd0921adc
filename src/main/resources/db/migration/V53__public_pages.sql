-- An invitation's e-mails carry links of their own, made when each is sent: the scheduler's job then holds no
-- secret, and only the hash of every link is kept
create table survey_invitation_tokens (
    token_hash    bytea       primary key,
    workspace_id  uuid        not null,
    invitation_id uuid        not null,
    created_at    timestamptz not null,
    foreign key (workspace_id, invitation_id) references survey_invitations (workspace_id, id) on delete cascade
);
create index survey_invitation_tokens_invitation on survey_invitation_tokens (workspace_id, invitation_id);
