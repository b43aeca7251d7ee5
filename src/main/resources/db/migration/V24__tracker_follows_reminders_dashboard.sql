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

-- Facts about each addressed body derived from its positions and timeline, kept with it so that the dashboard
-- and the deadline flags read one row per body instead of searching 100,000 timeline entries on every page.
-- Addressees.refreshDerived recomputes them whenever a source changes (position released, completion rated,
-- proposed implementation date edited, body added).
alter table addressee
    -- The last target date of the planned measures in the released position, else the proposed implementation date.
    add column implementation_due date,
    -- The latest completion rating of either side, by the date it refers to, then the order of writing.
    add column latest_completion text,
    -- Days from being addressed (the release, or the day a body was added later) to the body's first released
    -- position, counted in the platform's time zone; null until it answers.
    add column days_to_answer integer;

create index planned_measure_position_idx on planned_measure (position_id);
create index state_position_answered_idx on state_position (addressee_id, released_at) where status <> 'DRAFT';
create index timeline_entry_completion_idx on timeline_entry (addressee_id, occurred_on desc, id desc)
    where completion is not null;

update addressee a set
    implementation_due = coalesce((select max(pm.target_date) from state_position p join planned_measure pm on pm.position_id = p.id
                                   where p.addressee_id = a.id and p.status = 'RELEASED'), r.proposed_implementation_date),
    latest_completion = (select t.completion from timeline_entry t where t.addressee_id = a.id and t.completion is not null
                         order by t.occurred_on desc, t.id desc limit 1),
    -- Asia/Bishkek is the platform's default time zone (kozomol.time-zone); Kyrgyzstan has only this one.
    days_to_answer = (select (min(p.released_at) at time zone 'Asia/Bishkek')::date
                             - (greatest(r.released_at, a.created_at) at time zone 'Asia/Bishkek')::date
                      from state_position p where p.addressee_id = a.id and p.status <> 'DRAFT')
from recommendation r where r.id = a.recommendation_id;

-- For the coordinator dashboard, the overdue lists and the reminders.
create index recommendation_theme_idx on recommendation (theme_id);
create index addressee_awaiting_due_idx on addressee (due_date) where position is null or position = 'NO_RESPONSE';
create index addressee_implementation_due_idx on addressee (implementation_due);
