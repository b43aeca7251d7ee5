-- The design review before approval: a panel of experts scores the programme's evaluability and comments per node.
create table programme_review_panel (
    programme_id  bigint not null references programme (id) on delete cascade,
    expert_id     bigint not null references app_user (id),
    added_by      bigint references app_user (id),
    added_at      timestamptz not null default now(),
    primary key (programme_id, expert_id)
);

create table programme_evaluability_score (
    programme_id   bigint not null references programme (id) on delete cascade,
    expert_id      bigint not null references app_user (id),
    criterion      text not null check (criterion in ('CLEAR_INDICATORS', 'BASELINES_PRESENT', 'TARGETS_REALISTIC',
                                                      'ASSUMPTIONS_EXPLICIT')),
    score          integer not null check (score between 1 and 4),
    justification  text not null check (length(justification) between 1 and 5000),
    updated_at     timestamptz not null default now(),
    version        integer not null default 0,
    primary key (programme_id, expert_id, criterion),
    foreign key (programme_id, expert_id) references programme_review_panel (programme_id, expert_id) on delete cascade
);

create table programme_review_comment (
    id            bigint generated always as identity primary key,
    programme_id  bigint not null references programme (id) on delete cascade,
    node_id       bigint references programme_node (id) on delete cascade,
    expert_id     bigint not null references app_user (id),
    body          text not null check (length(body) between 1 and 5000),
    created_at    timestamptz not null default now(),
    foreign key (programme_id, expert_id) references programme_review_panel (programme_id, expert_id) on delete cascade
);
create index programme_review_comment_idx on programme_review_comment (programme_id, node_id, id);
