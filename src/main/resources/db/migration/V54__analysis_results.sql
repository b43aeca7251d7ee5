-- Results of analyses of large datasets, computed by a background job; small ones are computed when shown.
alter table analysis add column job_id uuid;

create table analysis_result (
    analysis_id      bigint primary key references analysis (id) on delete cascade,
    analysis_version integer not null,
    result           jsonb not null,
    computed_at      timestamptz not null default now()
);
