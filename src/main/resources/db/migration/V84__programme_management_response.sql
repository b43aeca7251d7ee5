-- The evaluation report's life after the consensus: recommendations, the owner body's factual-accuracy comments on the
-- draft, the final report with a response deadline, and the management response per recommendation.
create table programme_evaluation_report (
    evaluation_id  bigint primary key references programme_evaluation (id) on delete cascade,
    stage          text not null default 'DRAFT' check (stage in ('DRAFT', 'FACTUAL_REVIEW', 'FINAL', 'PUBLISHED')),
    response_due   date,
    finalised_at   timestamptz,
    published_at   timestamptz,
    version        integer not null default 0,
    check (stage in ('DRAFT', 'FACTUAL_REVIEW') or response_due is not null)
);

create table programme_evaluation_recommendation (
    id             bigint generated always as identity primary key,
    evaluation_id  bigint not null references programme_evaluation (id) on delete cascade,
    position       integer not null,
    text_ru        text not null check (length(text_ru) between 1 and 5000),
    text_ky        text check (length(text_ky) <= 5000),
    stance         text check (stance in ('AGREE', 'PARTIALLY_AGREE', 'DISAGREE')),
    reasons        text check (length(reasons) <= 10000),
    responded_by   bigint references app_user (id),
    responded_at   timestamptz,
    late           boolean not null default false,
    created_by     bigint references app_user (id),
    version        integer not null default 0,
    unique (evaluation_id, position),
    check (stance is null or stance = 'AGREE' or reasons is not null)
);

-- The action plan of a response: what, who, by when.
create table programme_evaluation_action (
    recommendation_id bigint not null references programme_evaluation_recommendation (id) on delete cascade,
    position          integer not null,
    what              text not null check (length(what) between 1 and 2000),
    who               text not null check (length(who) between 1 and 500),
    due               date not null,
    primary key (recommendation_id, position)
);

-- The owner body's comments on the factual accuracy of the draft report, per criterion (or the report as a whole).
create table programme_evaluation_comment (
    id             bigint generated always as identity primary key,
    evaluation_id  bigint not null references programme_evaluation (id) on delete cascade,
    criterion_id   bigint references programme_evaluation_criterion (id) on delete cascade,
    body           text not null check (length(body) between 1 and 5000),
    author_id      bigint not null references app_user (id),
    created_at     timestamptz not null default now(),
    resolution     text check (length(resolution) <= 5000),
    resolved_by    bigint references app_user (id),
    resolved_at    timestamptz,
    version        integer not null default 0
);
create index programme_evaluation_comment_evaluation_idx on programme_evaluation_comment (evaluation_id);
create index programme_evaluation_recommendation_evaluation_idx on programme_evaluation_recommendation (evaluation_id);
