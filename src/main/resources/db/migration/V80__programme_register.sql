-- State programmes: the register entry of a programme adopted (or discussed) by a state body.
create table programme (
    id              bigint generated always as identity primary key,
    reference       text not null unique check (length(reference) between 1 and 60),
    title_ru        text not null check (length(title_ru) <= 500),
    title_ky        text check (length(title_ky) <= 500),
    title_en        text check (length(title_en) <= 500),
    owner_body_id   bigint not null references organisation (id),
    act_number      text check (length(act_number) <= 100),
    act_date        date,
    act_url         text check (length(act_url) <= 1000),
    period_start    integer not null check (period_start between 1991 and 2100),
    period_end      integer not null check (period_end between 1991 and 2100),
    budget_code     text check (length(budget_code) <= 60),
    discussion_url  text check (length(discussion_url) <= 1000),
    status          text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLIC_DISCUSSION', 'APPROVED',
                                                                    'IN_IMPLEMENTATION', 'CLOSED')),
    created_by      bigint references app_user (id),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    demo            boolean not null default false,
    version         integer not null default 0,
    check (period_end >= period_start)
);
create index programme_owner_idx on programme (owner_body_id);

-- The results framework: goal -> outcomes -> outputs -> activities; the kind rules are checked by the service.
create table programme_node (
    id            bigint generated always as identity primary key,
    programme_id  bigint not null references programme (id) on delete cascade,
    parent_id     bigint references programme_node (id) on delete cascade,
    kind          text not null check (kind in ('GOAL', 'OUTCOME', 'OUTPUT', 'ACTIVITY')),
    title_ru      text not null check (length(title_ru) <= 1000),
    title_ky      text check (length(title_ky) <= 1000),
    assumptions   text check (length(assumptions) <= 5000),
    risks         text check (length(risks) <= 5000),
    created_at    timestamptz not null default now(),
    version       integer not null default 0,
    check ((kind = 'GOAL') = (parent_id is null))
);
create index programme_node_programme_idx on programme_node (programme_id, id);

create table programme_indicator (
    id               bigint generated always as identity primary key,
    node_id          bigint not null references programme_node (id) on delete cascade,
    name_ru          text not null check (length(name_ru) <= 1000),
    name_ky          text check (length(name_ky) <= 1000),
    measure          text not null check (measure in ('UNIT', 'PERCENTAGE', 'NOMINAL', 'ORDINAL', 'QUALITATIVE')),
    unit             text check (length(unit) <= 100),
    direction        text not null check (direction in ('INCREASE', 'DECREASE', 'MAINTAIN')),
    categories       text[] not null default '{}',
    disaggregations  text check (length(disaggregations) <= 2000),
    verification     text check (length(verification) <= 2000),
    baseline_year    integer check (baseline_year between 1991 and 2100),
    baseline_number  numeric,
    baseline_text    text check (length(baseline_text) <= 2000),
    baseline_source  text check (length(baseline_source) <= 1000),
    created_at       timestamptz not null default now(),
    version          integer not null default 0
);
create index programme_indicator_node_idx on programme_indicator (node_id);

-- Targets (one per period) and actuals (one per period and producer); survey actuals carry their precision.
create table programme_indicator_value (
    id            bigint generated always as identity primary key,
    indicator_id  bigint not null references programme_indicator (id) on delete cascade,
    period        integer not null check (period between 1991 and 2100),
    kind          text not null check (kind in ('TARGET', 'ACTUAL')),
    producer      text not null check (producer in ('PLAN', 'STATE_REPORTED', 'CSO_MEASURED', 'EXPERT_VERIFIED')),
    value_number  numeric,
    value_text    text check (length(value_text) <= 2000),
    se            numeric check (se >= 0),
    ci_low        numeric,
    ci_high       numeric,
    n             integer check (n > 0),
    deff          numeric check (deff > 0),
    note          text check (length(note) <= 1000),
    recorded_by   bigint references app_user (id),
    recorded_at   timestamptz not null default now(),
    version       integer not null default 0,
    check ((kind = 'TARGET') = (producer = 'PLAN')),
    check (value_number is not null or value_text is not null),
    check (ci_low is null or ci_high is null or ci_low <= ci_high),
    unique (indicator_id, period, kind, producer)
);
