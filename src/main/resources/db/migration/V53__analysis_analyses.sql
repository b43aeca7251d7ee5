-- A saved analysis: the design, the estimator and the variables; results are recomputed from the dataset.
create table analysis (
    id              bigint generated always as identity primary key,
    dataset_id      bigint not null references analysis_dataset (id),
    title           text not null check (length(title) between 1 and 300),
    weights         text,
    strata          text,
    clusters        text,
    fpc             text,
    nest            boolean not null default false,
    lonely_psu      text not null check (lonely_psu in ('FAIL', 'REMOVE', 'CERTAINTY', 'ADJUST', 'AVERAGE')),
    estimator       text not null check (estimator in ('MEAN', 'PROPORTION', 'TOTAL', 'QUANTILE')),
    variable        text not null,
    category        text,
    quantile        numeric(4,3) check (quantile is null or (quantile > 0 and quantile < 1)),
    domain_variable text,
    remove_missing  boolean not null default false,
    evidence_id     bigint references evidence_item (id),
    created_by      bigint references app_user (id),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         integer not null default 0
);
create index analysis_dataset_idx on analysis (dataset_id);
