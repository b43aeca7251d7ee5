-- Datasets of a study's analyses: where the rows come from (an uploaded file for now) and what each column holds.
create table analysis_dataset (
    id              bigint generated always as identity primary key,
    study_id        bigint not null references study (id),
    organisation_id bigint not null references organisation (id),
    name            text not null check (length(name) between 1 and 300),
    source          text not null check (source in ('UPLOAD')),
    file_id         uuid references stored_file (id),
    row_count       integer not null check (row_count >= 0),
    created_by      bigint references app_user (id),
    created_at      timestamptz not null default now(),
    version         integer not null default 0
);
create index analysis_dataset_study_idx on analysis_dataset (study_id);

create table analysis_dataset_column (
    dataset_id      bigint not null references analysis_dataset (id) on delete cascade,
    position        integer not null,
    name            text not null,
    type            text not null check (type in ('NUMERIC', 'CATEGORICAL')),
    missing         integer not null check (missing >= 0),
    distinct_values integer not null check (distinct_values >= 0),
    primary key (dataset_id, position),
    unique (dataset_id, name)
);
