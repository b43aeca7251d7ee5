-- Working meetings between CSOs and state bodies: who met, the agenda, the minutes and the decisions taken.
create table meeting (
    id                  bigint generated always as identity primary key,
    title_ru            text check (length(title_ru) <= 300),
    title_ky            text check (length(title_ky) <= 300),
    starts_at           timestamptz not null,
    ends_at             timestamptz not null,
    place               text check (length(place) <= 300),
    online              boolean not null default false,
    online_url          text check (length(online_url) <= 1000),
    organiser_id        bigint not null references organisation (id),
    status              text not null check (status in ('PLANNED', 'HELD', 'MINUTES_APPROVED', 'CANCELLED')),
    minutes_ru          text check (length(minutes_ru) <= 100000),
    minutes_ky          text check (length(minutes_ky) <= 100000),
    minutes_approved_at timestamptz,
    created_by          bigint references app_user (id),
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             integer not null default 0,
    check (title_ru is not null or title_ky is not null),
    check (ends_at > starts_at),
    check (case when online then online_url is not null else place is not null end)
);
create index meeting_starts_idx on meeting (starts_at desc, id desc);
create index meeting_organiser_idx on meeting (organiser_id);

-- The organisations at the table besides the organiser: CSOs, state bodies, experts.
create table meeting_participant (
    meeting_id      bigint not null references meeting (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    primary key (meeting_id, organisation_id)
);
create index meeting_participant_org_idx on meeting_participant (organisation_id);

create table agenda_item (
    id         bigint generated always as identity primary key,
    meeting_id bigint not null references meeting (id) on delete cascade,
    position   integer not null,
    title      text not null check (length(title) between 1 and 500),
    created_at timestamptz not null default now(),
    version    integer not null default 0
);
create index agenda_item_meeting_idx on agenda_item (meeting_id, position);

create table agenda_item_brief (
    agenda_item_id bigint not null references agenda_item (id) on delete cascade,
    brief_id       bigint not null references brief (id),
    primary key (agenda_item_id, brief_id)
);
create index agenda_item_brief_idx on agenda_item_brief (brief_id);

create table agenda_item_recommendation (
    agenda_item_id    bigint not null references agenda_item (id) on delete cascade,
    recommendation_id bigint not null references recommendation (id),
    primary key (agenda_item_id, recommendation_id)
);
create index agenda_item_recommendation_idx on agenda_item_recommendation (recommendation_id);

-- A decision is never edited or deleted: a revised deadline is already on the tracker's timeline.
create table meeting_decision (
    id                bigint generated always as identity primary key,
    agenda_item_id    bigint not null references agenda_item (id),
    kind              text not null check (kind in ('RESPONSE_DEADLINE', 'ACTION')),
    text              text not null check (length(text) between 1 and 2000),
    recommendation_id bigint references recommendation (id),
    body_id           bigint references organisation (id),
    previous_date     date,
    new_date          date,
    timeline_entry_id bigint references timeline_entry (id),
    responsible_id    bigint references organisation (id),
    due_date          date,
    created_by        bigint references app_user (id),
    created_at        timestamptz not null default now(),
    check (kind <> 'RESPONSE_DEADLINE' or (recommendation_id is not null and body_id is not null and new_date is not null
                                           and timeline_entry_id is not null)),
    check (kind <> 'ACTION' or (responsible_id is not null and due_date is not null))
);
create index meeting_decision_item_idx on meeting_decision (agenda_item_id);
create index meeting_decision_recommendation_idx on meeting_decision (recommendation_id);

-- State focal points' remarks on the draft minutes, before they are approved.
create table minutes_comment (
    id            bigint generated always as identity primary key,
    meeting_id    bigint not null references meeting (id) on delete cascade,
    author_id     bigint references app_user (id),
    author_org_id bigint not null references organisation (id),
    body          text not null check (length(body) between 1 and 5000),
    created_at    timestamptz not null default now()
);
create index minutes_comment_meeting_idx on minutes_comment (meeting_id, created_at);
