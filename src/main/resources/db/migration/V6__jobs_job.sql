-- A long-running piece of work; executed by db-scheduler, described here for people to follow.
create table job (
    id             uuid primary key,
    type           text not null,
    params         jsonb not null default '{}'::jsonb,
    status         text not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    progress_done  bigint not null default 0,
    progress_total bigint,
    checkpoint     jsonb,
    result_file_id uuid references stored_file (id),
    error_key      text,
    attempts       integer not null default 0,
    created_by     bigint references app_user (id),
    created_at     timestamptz not null default now(),
    started_at     timestamptz,
    finished_at    timestamptz,
    updated_at     timestamptz not null default now()
);
create index job_created_by_idx on job (created_by, created_at desc);
