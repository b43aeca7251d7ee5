-- Re-monitoring rounds: a new study that comes back to an earlier round's (or study's) recommendations and
-- programme indicators, ideally with the same instrument and sampling frame.
create table programme_round (
    id                bigint generated always as identity primary key,
    programme_id      bigint not null references programme (id) on delete cascade,
    study_id          bigint not null references study (id),
    previous_round_id bigint references programme_round (id),
    previous_study_id bigint not null references study (id),
    title             text not null check (length(title) between 1 and 500),
    instrument_note   text check (length(instrument_note) <= 5000),
    frame_note        text check (length(frame_note) <= 5000),
    overlapping       boolean not null default false,
    demo              boolean not null default false,
    created_by        bigint references app_user (id),
    created_at        timestamptz not null default now(),
    version           integer not null default 0,
    check (study_id <> previous_study_id)
);
create index programme_round_programme_idx on programme_round (programme_id);

-- Per recommendation re-monitored: the CSO's completion (the tracker's scale) and the effect on people.
create table programme_round_recommendation (
    round_id          bigint not null references programme_round (id) on delete cascade,
    recommendation_id bigint not null references recommendation (id),
    completion        text check (completion in ('NO_EVIDENCE', 'NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE',
                                                 'SUPERSEDED', 'WITHDRAWN')),
    effect            text check (length(effect) <= 5000),
    recorded_by       bigint references app_user (id),
    recorded_at       timestamptz,
    version           integer not null default 0,
    primary key (round_id, recommendation_id)
);

-- Per indicator re-monitored: before/after estimates and the design-based difference (after − before).
create table programme_round_indicator (
    round_id        bigint not null references programme_round (id) on delete cascade,
    indicator_id    bigint not null references programme_indicator (id),
    before_estimate numeric,
    before_se       numeric,
    after_estimate  numeric,
    after_se        numeric,
    difference      numeric,
    difference_se   numeric,
    ci_low          numeric,
    ci_high         numeric,
    linked          boolean,
    source          text check (length(source) <= 1000),
    computed_at     timestamptz,
    version         integer not null default 0,
    primary key (round_id, indicator_id)
);
