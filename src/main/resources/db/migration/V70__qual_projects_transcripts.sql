-- Qualitative analysis: a project of a study, its team, cases with consent, transcripts, the pseudonymisation
-- review queue and the map of originals kept apart from the text coders read, the codebook and the codings.
create table qual_project (
    id              bigint generated always as identity primary key,
    study_id        bigint not null references study (id),
    organisation_id bigint not null references organisation (id),
    title           text not null check (length(title) between 1 and 300),
    created_by      bigint not null references app_user (id),
    created_at      timestamptz not null default now(),
    version         integer not null default 0
);
create index qual_project_study_idx on qual_project (study_id);

create table qual_member (
    project_id bigint not null references qual_project (id) on delete cascade,
    user_id    bigint not null references app_user (id),
    role       text not null check (role in ('LEAD', 'CODER')),
    primary key (project_id, user_id)
);
create index qual_member_user_idx on qual_member (user_id);

-- A participant (or a focus group) with the attributes analysis groups by; publish lists those a quote may carry.
create table qual_case (
    id         bigint generated always as identity primary key,
    project_id bigint not null references qual_project (id) on delete cascade,
    label      text not null check (length(label) between 1 and 100),
    sex        text check (length(sex) <= 50),
    age_group  text check (length(age_group) <= 50),
    region     text check (length(region) <= 100),
    role       text check (length(role) <= 100),
    publish    text[] not null default '{}',
    version    integer not null default 0,
    unique (project_id, label)
);

create table qual_consent (
    case_id      bigint primary key references qual_case (id) on delete cascade,
    recording    boolean not null,
    quotation    boolean not null,
    archiving    boolean not null,
    transfer     boolean not null,
    given_on     date not null,
    form_version text not null check (length(form_version) between 1 and 50),
    withdrawn_on date,
    version      integer not null default 0
);

-- The pseudonymised text only; null until the lead has worked through the review queue.
create table qual_transcript (
    id          bigint generated always as identity primary key,
    project_id  bigint not null references qual_project (id) on delete cascade,
    case_id     bigint not null references qual_case (id),
    title       text not null check (length(title) between 1 and 300),
    kind        text not null check (kind in ('INTERVIEW', 'FOCUS_GROUP')),
    held_on     date,
    place       text check (length(place) <= 200),
    interviewer text check (length(interviewer) <= 200),
    content     text,
    status      text not null default 'REVIEW' check (status in ('REVIEW', 'OPEN')),
    created_by  bigint not null references app_user (id),
    created_at  timestamptz not null default now(),
    version     integer not null default 0,
    check (status = 'REVIEW' or content is not null)
);
create index qual_transcript_project_idx on qual_transcript (project_id);

-- Originals: read by the lead alone, each read audited.
create table qual_transcript_original (
    transcript_id bigint primary key references qual_transcript (id) on delete cascade,
    content       text not null
);

create table qual_pii_hit (
    id            bigint generated always as identity primary key,
    transcript_id bigint not null references qual_transcript (id) on delete cascade,
    start_char    integer not null check (start_char >= 0),
    end_char      integer not null,
    kind          text not null,
    status        text not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
    manual        boolean not null default false,
    check (end_char > start_char)
);
create index qual_pii_hit_transcript_idx on qual_pii_hit (transcript_id, start_char);

-- The same original gets the same pseudonym everywhere in the project.
create table qual_pseudonym (
    id         bigint generated always as identity primary key,
    project_id bigint not null references qual_project (id) on delete cascade,
    original   text not null,
    kind       text not null,
    pseudonym  text not null check (length(pseudonym) between 1 and 200),
    unique (project_id, original)
);

-- Units coders pick without a mouse: speaker turns (or paragraphs); offsets in code points of the pseudonymised text.
create table qual_unit (
    transcript_id bigint not null references qual_transcript (id) on delete cascade,
    position      integer not null,
    speaker       text,
    start_cp      integer not null,
    end_cp        integer not null,
    primary key (transcript_id, position)
);

create table qual_code (
    id          bigint generated always as identity primary key,
    project_id  bigint not null references qual_project (id) on delete cascade,
    parent_id   bigint references qual_code (id),
    name        text not null check (length(name) between 1 and 200),
    description text check (length(description) <= 5000),
    colour      text not null default '#1f6feb' check (colour ~ '^#[0-9a-fA-F]{6}$'),
    version     integer not null default 0,
    unique (project_id, name)
);

-- Offsets in Unicode code points of the pseudonymised text, as REFI-QDA counts them.
create table qual_coding (
    id            bigint generated always as identity primary key,
    transcript_id bigint not null references qual_transcript (id) on delete cascade,
    code_id       bigint not null references qual_code (id) on delete cascade,
    coder_id      bigint not null references app_user (id),
    start_cp      integer not null check (start_cp >= 0),
    end_cp        integer not null,
    created_at    timestamptz not null default now(),
    check (end_cp > start_cp),
    unique (transcript_id, code_id, coder_id, start_cp, end_cp)
);
create index qual_coding_code_idx on qual_coding (code_id);
create index qual_coding_transcript_idx on qual_coding (transcript_id, start_cp);

create table qual_memo (
    id            bigint generated always as identity primary key,
    project_id    bigint not null references qual_project (id) on delete cascade,
    transcript_id bigint references qual_transcript (id) on delete cascade,
    code_id       bigint references qual_code (id) on delete cascade,
    coding_id     bigint references qual_coding (id) on delete cascade,
    author_id     bigint not null references app_user (id),
    content       text not null check (length(content) between 1 and 10000),
    created_at    timestamptz not null default now(),
    check (num_nonnulls(transcript_id, code_id, coding_id) = 1)
);
