-- Forms of a study, read from XLSForm. One row per form id; every upload is a version with the exact XForm bytes
-- served to phones and their MD5 (the form list's hash), plus the original workbook for download.
create table collect_form (
    id                 bigint generated always as identity primary key,
    study_id           bigint not null references study (id),
    xml_form_id        text not null check (length(xml_form_id) between 1 and 200),
    title              text not null check (length(title) between 1 and 500),
    current_version_id bigint,
    created_by         bigint references app_user (id),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            integer not null default 0,
    unique (study_id, xml_form_id)
);

create table collect_form_version (
    id           bigint generated always as identity primary key,
    form_id      bigint not null references collect_form (id),
    form_version text not null check (length(form_version) between 1 and 200),
    title        text not null check (length(title) between 1 and 500),
    xlsx_name    text not null check (length(xlsx_name) between 1 and 255),
    xlsx         bytea not null,
    xform        bytea not null,
    md5          text not null check (md5 ~ '^[0-9a-f]{32}$'),
    created_by   bigint references app_user (id),
    created_at   timestamptz not null default now(),
    unique (form_id, form_version)
);
alter table collect_form add constraint collect_form_current_fk foreign key (current_version_id) references collect_form_version (id);

-- Phones of a study's field team, as ODK Central's app users: the token in the server URL is the credential.
create table collect_app_user (
    id           bigint generated always as identity primary key,
    study_id     bigint not null references study (id),
    display_name text not null check (length(display_name) between 1 and 200),
    token        text not null unique check (length(token) >= 32),
    created_by   bigint references app_user (id),
    created_at   timestamptz not null default now(),
    revoked_at   timestamptz,
    version      integer not null default 0
);
create index collect_app_user_study_idx on collect_app_user (study_id);

-- Submissions as received. The unique instance id per form makes a resend the same row, never a second one;
-- an edit (deprecatedID) is a new row that supersedes the one it edits (current = false on the old one).
create table collect_submission (
    id               bigint generated always as identity primary key,
    form_id          bigint not null references collect_form (id),
    instance_id      text not null check (length(instance_id) between 1 and 200),
    root_instance_id text not null,
    deprecated_id    text,
    form_version     text not null,
    xml              bytea not null,
    xml_md5          text not null,
    current          boolean not null default true,
    -- answers the server's check of required and constraint found wanting (kept, never refused): [{question, kind}]
    issues           jsonb not null default '[]',
    status           text not null default 'RECEIVED' check (status in ('RECEIVED', 'APPROVED', 'HAS_ISSUES', 'REJECTED')),
    app_user_id      bigint references collect_app_user (id),
    received_at      timestamptz not null default now(),
    version          integer not null default 0,
    unique (form_id, instance_id)
);
create index collect_submission_root_idx on collect_submission (form_id, root_instance_id);

-- The files a submission names; file_id stays empty until the phone has sent the file (uploads may be split).
create table collect_attachment (
    submission_id bigint not null references collect_submission (id) on delete cascade,
    name          text not null check (length(name) between 1 and 255),
    file_id       uuid references stored_file (id),
    primary key (submission_id, name)
);
