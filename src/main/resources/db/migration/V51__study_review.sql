-- A state body (whose focal points speak for it) or an independent expert invited to review a design before fieldwork.
create table study_reviewer (
    id                bigint generated always as identity primary key,
    study_id          bigint not null references study (id) on delete cascade,
    organisation_id   bigint references organisation (id),
    user_id           bigint references app_user (id),
    decision          text not null default 'PENDING' check (decision in ('PENDING', 'ENDORSED', 'CHANGES_REQUESTED')),
    decision_revision integer,
    decided_by        bigint references app_user (id),
    decided_at        timestamptz,
    invited_by        bigint references app_user (id),
    invited_at        timestamptz not null default now(),
    check ((organisation_id is null) <> (user_id is null))
);
create unique index study_reviewer_body_uq on study_reviewer (study_id, organisation_id) where organisation_id is not null;
create unique index study_reviewer_user_uq on study_reviewer (study_id, user_id) where user_id is not null;
create index study_reviewer_organisation_idx on study_reviewer (organisation_id);

-- Remarks anchored to an item of the design (the plan, a stratum, a domain, an instrument…) and the answers to them.
create table study_comment (
    id           bigint generated always as identity primary key,
    study_id     bigint not null references study (id) on delete cascade,
    parent_id    bigint references study_comment (id) on delete cascade,
    anchor       text not null check (anchor in ('DESIGN', 'PLAN', 'STRATUM', 'STAGE', 'DOMAIN', 'INSTRUMENT')),
    anchor_label text check (length(anchor_label) <= 300),
    revision     integer not null,
    author_id    bigint not null references app_user (id),
    body         text not null check (length(body) between 1 and 4000),
    created_at   timestamptz not null default now()
);
create index study_comment_study_idx on study_comment (study_id, created_at);

-- The review history: invitations, revisions under review, endorsements, change requests and status moves.
create table study_event (
    id          bigint generated always as identity primary key,
    study_id    bigint not null references study (id) on delete cascade,
    kind        text not null check (kind in ('INVITED', 'REVISED', 'ENDORSED', 'CHANGES_REQUESTED', 'STATUS')),
    reviewer_id bigint references study_reviewer (id) on delete cascade,
    actor_id    bigint references app_user (id),
    revision    integer not null,
    status      text,
    note        text check (length(note) <= 4000),
    created_at  timestamptz not null default now()
);
create index study_event_study_idx on study_event (study_id, created_at);
