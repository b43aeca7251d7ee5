-- What an independent expert brings to a panel: expertise, working languages and affiliations (shown to coordinators).
create table programme_expert_profile (
    user_id       bigint primary key references app_user (id) on delete cascade,
    expertise     text not null check (length(expertise) between 1 and 2000),
    languages     text check (length(languages) <= 300),
    affiliations  text check (length(affiliations) <= 2000),
    updated_at    timestamptz not null default now(),
    version       integer not null default 0
);
