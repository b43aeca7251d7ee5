-- Studies: what a CSO sets out to find, how, where and with whom; methods and oblasts are lists of codes.
create table study (
    id                bigint generated always as identity primary key,
    organisation_id   bigint not null references organisation (id),
    theme_id          bigint not null references theme (id),
    title_ru          text check (length(title_ru) <= 300),
    title_ky          text check (length(title_ky) <= 300),
    objectives        text check (length(objectives) <= 10000),
    methods           text[] not null default '{}',
    target_population text check (length(target_population) <= 2000),
    oblasts           text[] not null default '{}',
    period_start      date,
    period_end        date,
    instruments       jsonb not null default '[]',
    ethics            text check (length(ethics) <= 10000),
    status            text not null default 'DESIGN' check (status in ('DESIGN', 'UNDER_REVIEW', 'CHANGES_REQUESTED',
                                                                       'ENDORSED', 'FIELDWORK', 'ANALYSIS', 'CLOSED')),
    revision          integer not null default 0,
    created_by        bigint references app_user (id),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    demo              boolean not null default false,
    version           integer not null default 0,
    check (title_ru is not null or title_ky is not null),
    check (period_start is null or period_end is null or period_end > period_start)
);
create index study_organisation_idx on study (organisation_id);
create index study_status_idx on study (status, updated_at desc);

create table study_member (
    study_id bigint not null references study (id) on delete cascade,
    user_id  bigint not null references app_user (id),
    role     text not null check (role in ('LEAD', 'MEMBER')),
    primary key (study_id, user_id)
);

-- One sampling plan per study; strata, stages and domains are small ordered lists kept with it.
create table study_plan (
    study_id           bigint primary key references study (id) on delete cascade,
    estimate           text not null check (estimate in ('PROPORTION', 'MEAN')),
    population_size    bigint not null check (population_size > 0),
    proportion         double precision check (proportion > 0 and proportion < 1),
    standard_deviation double precision check (standard_deviation > 0),
    confidence         integer not null check (confidence in (90, 95, 99)),
    margin             double precision not null check (margin > 0),
    design_effect      double precision not null check (design_effect > 0),
    response_rate      double precision not null check (response_rate > 0 and response_rate <= 1),
    allocation         text not null check (allocation in ('PROPORTIONAL', 'EQUAL', 'NEYMAN')),
    planned_sample     bigint check (planned_sample > 0 and planned_sample <= population_size),
    strata             jsonb not null default '[]',
    stages             jsonb not null default '[]',
    domains            jsonb not null default '[]',
    updated_by         bigint references app_user (id),
    updated_at         timestamptz not null default now(),
    version            integer not null default 0
);

-- Every saved state of the design (study and plan) as plain text per item, kept as it was: reviewers compare any two.
create table study_revision (
    study_id   bigint not null references study (id) on delete cascade,
    number     integer not null,
    content    jsonb not null,
    created_by bigint references app_user (id),
    created_at timestamptz not null default now(),
    primary key (study_id, number)
);
