-- Following a state body or a theme: the user is told of every change to a released recommendation
-- addressed to that body, or in that theme (following one recommendation is recommendation_follow).
create table body_follow (
    user_id         bigint not null references app_user (id) on delete cascade,
    organisation_id bigint not null references organisation (id) on delete cascade,
    created_at      timestamptz not null default now(),
    primary key (user_id, organisation_id)
);
create index body_follow_organisation_idx on body_follow (organisation_id);

create table theme_follow (
    user_id    bigint not null references app_user (id) on delete cascade,
    theme_id   bigint not null references theme (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (user_id, theme_id)
);
create index theme_follow_theme_idx on theme_follow (theme_id);

-- Who follows a recommendation is looked up by the recommendation on every change.
create index recommendation_follow_recommendation_idx on recommendation_follow (recommendation_id);

-- Deadline reminders already sent: one per body, deadline and stage, so none goes out twice.
-- A revised date is a new deadline and gets its own reminders.
create table deadline_reminder (
    addressee_id bigint not null references addressee (id) on delete cascade,
    kind         text not null check (kind in ('RESPONSE', 'IMPLEMENTATION')),
    due_date     date not null,
    stage        text not null check (stage in ('DUE_SOON', 'OVERDUE')),
    sent_at      timestamptz not null default now(),
    primary key (addressee_id, kind, due_date, stage)
);

-- For the coordinator dashboard and the deadline queries (10,000 recommendations, 100,000 timeline entries).
create index recommendation_theme_idx on recommendation (theme_id);
create index planned_measure_position_idx on planned_measure (position_id);
-- The first answer of each body: released or since superseded positions.
create index state_position_answered_idx on state_position (addressee_id, released_at) where status <> 'DRAFT';
-- The latest completion rating of each body.
create index timeline_entry_completion_idx on timeline_entry (addressee_id, occurred_on desc, id desc)
    where completion is not null;
