-- Employee voice: the directory, pulse surveys answered anonymously, and the idea box

-- A workspace's rules for employee figures: groups with fewer answers than the threshold are hidden; eNPS cut-offs;
-- the hash of the workspace's anonymous idea-box link (none until one is made)
create table employee_settings (
    workspace_id        uuid        primary key references workspaces (id) on delete cascade,
    anonymity_threshold smallint    not null default 5 check (anonymity_threshold between 3 and 10),
    promoter_min        smallint    not null default 9 check (promoter_min between 1 and 10),
    detractor_max       smallint    not null default 6 check (detractor_max between 0 and 9),
    idea_link_hash      bytea       unique,
    updated_at          timestamptz not null,
    check (detractor_max < promoter_min)
);

-- Teams nest in departments; a team may serve journey stages (their keys), so that its voice counts there
create table employee_teams (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    name         text        not null check (length(name) between 1 and 120),
    department   text        not null check (length(department) between 1 and 120),
    stages       text[]      not null default '{}',
    created_at   timestamptz not null,
    primary key (workspace_id, name)
);
create index employee_teams_department on employee_teams (workspace_id, department);

-- The employee directory: the company's own id, how to reach them, where they sit, who manages them, the member
-- account and the support agent (the quality module's agent key) they are, if any
create table employees (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    id           text        not null check (length(id) between 1 and 200),
    name         text        not null check (length(name) between 1 and 200),
    email        text        check (length(email) <= 320),
    team         text        not null,
    location     text        check (length(location) between 1 and 120),
    manager      text        check (length(manager) <= 200),
    user_id      uuid,
    agent        text        check (length(agent) <= 200),
    language     text        check (language in ('en', 'fa', 'ar', 'he')),
    active       boolean     not null default true,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, team) references employee_teams (workspace_id, name) on update cascade
);
create unique index employees_user on employees (workspace_id, user_id) where user_id is not null;
create index employees_team on employees (workspace_id, team);
create unique index employees_agent on employees (workspace_id, agent) where agent is not null;

-- Pulse programmes: a survey of the surveys module (audience employees) whose items are asked a rotating few at a
-- time, on a cadence, to a sample of the active employees (or all), open for some days, with one reminder
create table pulse_programs (
    workspace_id   uuid        not null references workspaces (id) on delete cascade,
    id             uuid        not null default gen_random_uuid(),
    name           text        not null check (length(name) between 1 and 200),
    survey_id      uuid        not null,
    cadence        text        not null check (cadence in ('weekly', 'biweekly', 'monthly')),
    items_per_wave smallint    not null check (items_per_wave between 1 and 20),
    sample_percent smallint    not null default 100 check (sample_percent between 1 and 100),
    open_days      smallint    not null default 7 check (open_days between 1 and 28),
    reminder_days  smallint    not null default 3 check (reminder_days between 0 and 27),
    status         text        not null check (status in ('active', 'paused')),
    next_wave_on   date        not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, survey_id) references surveys (workspace_id, id)
);
create index pulse_programs_due on pulse_programs (next_wave_on) where status = 'active';

-- One sending of a programme: the items it asks (eNPS always among them), when it opens and closes
create table pulse_waves (
    workspace_id uuid        not null,
    id           uuid        not null default gen_random_uuid(),
    program_id   uuid        not null,
    number       int         not null check (number >= 1),
    items        text[]      not null,
    opens_at     timestamptz not null,
    closes_at    timestamptz not null,
    invited      int         not null default 0,
    reminded_at  timestamptz,
    unmixed      int         not null default 0,
    primary key (workspace_id, id),
    unique (workspace_id, program_id, number),
    foreign key (workspace_id, program_id) references pulse_programs (workspace_id, id) on delete cascade,
    check (opens_at < closes_at)
);

-- Who was invited to a wave: one secret token each (only its hash kept), mailed and reminded through the outbox
-- columns. Used is a flag without a time or an answer id: nothing here points at the answer it let in.
create table pulse_invitations (
    workspace_id  uuid        not null,
    wave_id       uuid        not null,
    employee_id   text        not null,
    token_hash    bytea       not null unique,
    language      text        not null,
    used          boolean     not null default false,
    mail_status   text        not null default 'pending' check (mail_status in ('none', 'pending', 'sent', 'failed')),
    mail_due      timestamptz,
    mail_attempts int         not null default 0,
    reminded      boolean     not null default false,
    primary key (workspace_id, wave_id, employee_id),
    foreign key (workspace_id, wave_id) references pulse_waves (workspace_id, id) on delete cascade
);
create index pulse_invitations_mail on pulse_invitations (mail_due) where mail_status = 'pending';

-- Answers, stored without the person: only the team, department and location at answer time, and the day its wave
-- opened. A random id, no invitation, no employee, no time; the rows of a wave are rewritten in random order from time to
-- time (pulse_waves.unmixed counts those written since), so neither the order nor the transaction ids of the rows
-- line up with the invitations marked used.
create table pulse_answers (
    workspace_id uuid        not null,
    id           uuid        not null default gen_random_uuid(),
    wave_id      uuid        not null,
    program_id   uuid        not null,
    team         text        not null,
    department   text        not null,
    location     text,
    answered_on  date        not null,
    language     text        not null,
    enps         smallint    check (enps between 0 and 10),
    items        jsonb       not null default '{}',
    comment      text        check (length(comment) <= 5000),
    sentiment    text        check (sentiment in ('positive', 'neutral', 'negative')),
    themes       text[]      not null default '{}',
    primary key (workspace_id, id),
    foreign key (workspace_id, wave_id) references pulse_waves (workspace_id, id) on delete cascade
);
create index pulse_answers_program on pulse_answers (workspace_id, program_id, wave_id);

-- The idea box: ideas to improve the customer's experience, tagged with a stage, touchpoint or theme
create table ideas (
    workspace_id       uuid        not null references workspaces (id) on delete cascade,
    id                 uuid        not null default gen_random_uuid(),
    number             int         not null,
    title              text        not null check (length(title) between 1 and 200),
    body               text        not null default '' check (length(body) <= 10000),
    language           text        not null,
    stage              text        check (length(stage) <= 200),
    touchpoint         text        check (length(touchpoint) <= 200),
    theme              text        check (length(theme) <= 200),
    submitter_employee text,
    submitter_user     uuid,
    status             text        not null check (status in ('submitted', 'under_review', 'accepted', 'in_progress',
                                                              'done', 'declined', 'duplicate')),
    reason             text        check (length(reason) <= 2000),
    duplicate_of       uuid,
    action_id          uuid,
    votes              int         not null default 0,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    primary key (workspace_id, id),
    unique (workspace_id, number)
);
create index ideas_status on ideas (workspace_id, status, votes desc);

-- One vote per voter: 'user:<member id>' or 'employee:<employee id>'
create table idea_votes (
    workspace_id uuid        not null,
    idea_id      uuid        not null,
    voter        text        not null,
    user_id      uuid,
    created_at   timestamptz not null,
    primary key (workspace_id, idea_id, voter),
    foreign key (workspace_id, idea_id) references ideas (workspace_id, id) on delete cascade
);

create table idea_comments (
    workspace_id uuid        not null,
    id           uuid        not null default gen_random_uuid(),
    idea_id      uuid        not null,
    author_user  uuid,
    author_name  text        not null,
    body         text        not null check (length(body) between 1 and 10000),
    created_at   timestamptz not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, idea_id) references ideas (workspace_id, id) on delete cascade
);
create index idea_comments_idea on idea_comments (workspace_id, idea_id, created_at);

-- Each change of an idea's status: from, to, why, by whom, when
create table idea_changes (
    workspace_id uuid        not null,
    id           uuid        not null default gen_random_uuid(),
    idea_id      uuid        not null,
    from_status  text,
    to_status    text        not null,
    reason       text,
    changed_by   text        not null,
    changed_at   timestamptz not null,
    primary key (workspace_id, id),
    foreign key (workspace_id, idea_id) references ideas (workspace_id, id) on delete cascade
);
create index idea_changes_idea on idea_changes (workspace_id, idea_id, changed_at);
