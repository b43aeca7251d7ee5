create table brief (
    id bigserial primary key,
    organisation_id bigint not null references organisation(id),
    theme_id bigint not null references theme(id),
    original_language varchar(2) not null check (original_language in ('ru', 'ky')),
    status varchar(20) not null default 'DRAFT',
    title_ru varchar(300),
    title_ky varchar(300),
    summary_ru text, summary_ky text,
    problem_ru text, problem_ky text,
    methodology_ru text, methodology_ky text,
    study_reference varchar(500),
    sample_size integer check (sample_size is null or sample_size >= 0),
    sample_description varchar(1000),
    published_version integer not null default 0,
    created_by bigint references app_user(id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    demo boolean not null default false,
    version integer not null default 0
);
create index brief_status_idx on brief (status, updated_at desc);
create index brief_organisation_idx on brief (organisation_id);

create table brief_author (
    brief_id bigint not null references brief(id) on delete cascade,
    user_id bigint not null references app_user(id),
    primary key (brief_id, user_id)
);

-- Invited reviewers from outside the owning organisation (e.g. an independent expert).
create table brief_reviewer (
    brief_id bigint not null references brief(id) on delete cascade,
    user_id bigint not null references app_user(id),
    primary key (brief_id, user_id)
);

create table brief_finding (
    id bigserial primary key,
    brief_id bigint not null references brief(id) on delete cascade,
    position integer not null,
    title_ru varchar(300), title_ky varchar(300),
    text_ru text, text_ky text,
    created_at timestamptz not null default now(),
    version integer not null default 0
);
create index brief_finding_brief_idx on brief_finding (brief_id, position);

create table evidence_item (
    id bigserial primary key,
    organisation_id bigint references organisation(id),
    kind varchar(20) not null,
    title varchar(300) not null,
    content text,
    file_id uuid references stored_file(id),
    url varchar(1000),
    source_reference varchar(1000),
    unweighted_n integer check (unweighted_n is null or unweighted_n > 0),
    margin_of_error numeric(6,2) check (margin_of_error is null or margin_of_error >= 0),
    design_effect numeric(6,2) check (design_effect is null or design_effect > 0),
    created_by bigint references app_user(id),
    created_at timestamptz not null default now()
);

create table finding_evidence (
    finding_id bigint not null references brief_finding(id) on delete cascade,
    evidence_id bigint not null references evidence_item(id),
    position integer not null,
    primary key (finding_id, evidence_id)
);

create table brief_annex (
    brief_id bigint not null references brief(id) on delete cascade,
    file_id uuid not null references stored_file(id),
    created_at timestamptz not null default now(),
    primary key (brief_id, file_id)
);

-- The published content of each version, kept as it was; never updated.
create table brief_version (
    brief_id bigint not null references brief(id) on delete cascade,
    number integer not null,
    content jsonb not null,
    published_by bigint references app_user(id),
    published_at timestamptz not null default now(),
    primary key (brief_id, number)
);

create table brief_comment (
    id bigserial primary key,
    brief_id bigint not null references brief(id) on delete cascade,
    section varchar(30) not null,
    body varchar(4000) not null,
    author_id bigint not null references app_user(id),
    created_at timestamptz not null default now(),
    resolved boolean not null default false
);
create index brief_comment_brief_idx on brief_comment (brief_id, created_at);
