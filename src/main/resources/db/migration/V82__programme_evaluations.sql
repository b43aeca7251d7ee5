-- Evaluations of a programme: terms of reference, the criteria (from a template or custom) and the expert panel.
create table programme_evaluation (
    id                 bigint generated always as identity primary key,
    programme_id       bigint not null references programme (id) on delete cascade,
    kind               text not null check (kind in ('MID_TERM', 'FINAL', 'THEMATIC')),
    title              text not null check (length(title) between 1 and 500),
    terms_of_reference text check (length(terms_of_reference) <= 20000),
    commissioned_by    bigint not null references organisation (id),
    template           text not null check (template in ('OECD_DAC', 'EU_BETTER_REGULATION', 'CUSTOM')),
    evidence           text[] not null default '{}',
    overall_rating     integer check (overall_rating between 1 and 6),
    overall_rationale  text check (length(overall_rationale) <= 20000),
    consensus_by       bigint references app_user (id),
    consensus_at       timestamptz,
    created_by         bigint references app_user (id),
    created_at         timestamptz not null default now(),
    version            integer not null default 0,
    check ((overall_rating is null) = (overall_rationale is null))
);
create index programme_evaluation_programme_idx on programme_evaluation (programme_id);

-- A criterion of an evaluation: a template's (code set, texts from the message bundles) or a custom one (texts typed).
create table programme_evaluation_criterion (
    id             bigint generated always as identity primary key,
    evaluation_id  bigint not null references programme_evaluation (id) on delete cascade,
    position       integer not null,
    code           text,
    name           text check (length(name) <= 300),
    question       text check (length(question) <= 2000),
    agreed_rating  integer check (agreed_rating between 1 and 6),
    agreed_text    text check (length(agreed_text) <= 20000),
    dissent        text check (length(dissent) <= 20000),
    check (code is not null or name is not null),
    unique (evaluation_id, position)
);

-- Panel members: their conflict-of-interest declaration, the coordinator's decision, and when they submitted.
create table programme_evaluation_member (
    evaluation_id  bigint not null references programme_evaluation (id) on delete cascade,
    expert_id      bigint not null references app_user (id),
    rapporteur     boolean not null default false,
    declaration    text check (length(declaration) <= 5000),
    declared_at    timestamptz,
    decision       text not null default 'PENDING' check (decision in ('PENDING', 'CLEAR', 'MITIGATED', 'RECUSED')),
    decision_note  text check (length(decision_note) <= 5000),
    decided_by     bigint references app_user (id),
    decided_at     timestamptz,
    submitted_at   timestamptz,
    version        integer not null default 0,
    primary key (evaluation_id, expert_id)
);

-- Individual scores: sealed until the expert submits, never published.
create table programme_evaluation_score (
    evaluation_id  bigint not null,
    expert_id      bigint not null,
    criterion_id   bigint not null references programme_evaluation_criterion (id) on delete cascade,
    rating         integer not null check (rating between 1 and 6),
    justification  text not null check (length(justification) between 1 and 10000),
    evidence       text check (length(evidence) <= 5000),
    primary key (expert_id, criterion_id),
    foreign key (evaluation_id, expert_id) references programme_evaluation_member (evaluation_id, expert_id) on delete cascade
);
