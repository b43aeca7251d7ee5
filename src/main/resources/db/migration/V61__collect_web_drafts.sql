-- Web form filling: the answers of a form being filled in the browser, one draft per user and form, kept between
-- pages and until it is finished (then it becomes a submission and the draft goes). The instance id is fixed when the
-- draft starts, so finishing twice is recognised as a resend like any other.
create table collect_draft (
    id              bigint generated always as identity primary key,
    form_id         bigint not null references collect_form (id),
    form_version_id bigint not null references collect_form_version (id),
    user_id         bigint not null references app_user (id),
    instance_id     text not null check (length(instance_id) between 1 and 200),
    -- answers by key (question name; repeat entries as name#index#child), and uploaded files by answer name
    answers         jsonb not null default '{}',
    files           jsonb not null default '{}',
    language        text,
    page            integer not null default 0 check (page >= 0),
    updated_at      timestamptz not null default now(),
    version         integer not null default 0,
    unique (form_id, user_id)
);

-- A submission filled in on the web names its signed-in user instead of a phone's app user.
alter table collect_submission add column submitted_by bigint references app_user (id);
