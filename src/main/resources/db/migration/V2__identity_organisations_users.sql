create table organisation (
    id         bigint generated always as identity primary key,
    kind       text not null check (kind in ('CSO', 'STATE_BODY', 'EXPERT_GROUP', 'COORDINATOR')),
    name_ru    text not null check (length(name_ru) between 1 and 300),
    name_ky    text check (length(name_ky) <= 300),
    name_en    text check (length(name_en) <= 300),
    short_name text check (length(short_name) <= 60),
    email      text check (length(email) <= 254),
    website    text check (length(website) <= 500),
    parent_id  bigint references organisation (id),
    logo_file_id uuid,
    active     boolean not null default true,
    demo       boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version    integer not null default 0
);
create unique index organisation_name_ru_uq on organisation (lower(name_ru));
create index organisation_kind_idx on organisation (kind);

create table app_user (
    id               bigint generated always as identity primary key,
    email            text not null check (length(email) between 3 and 254),
    full_name        text not null check (length(full_name) between 1 and 200),
    password_hash    text,
    status           text not null check (status in ('INVITED', 'ACTIVE', 'DISABLED')),
    preferred_locale text not null default 'ru' check (preferred_locale in ('ru', 'ky', 'en')),
    failed_logins    integer not null default 0,
    locked_until     timestamptz,
    last_login_at    timestamptz,
    demo             boolean not null default false,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    version          integer not null default 0
);
create unique index app_user_email_uq on app_user (lower(email));

create table membership (
    user_id         bigint not null references app_user (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    role            text not null check (role in ('RESEARCHER', 'FIELD_MONITOR', 'CODER', 'STATE_FOCAL_POINT',
                                                  'EXPERT', 'COORDINATOR', 'ADMIN')),
    created_at      timestamptz not null default now(),
    primary key (user_id, organisation_id, role)
);
create index membership_organisation_idx on membership (organisation_id);

-- One-time links for invitations and password resets; only a hash of the token is stored.
create table account_token (
    id         bigint generated always as identity primary key,
    user_id    bigint not null references app_user (id) on delete cascade,
    purpose    text not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    token_hash text not null unique,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index account_token_user_idx on account_token (user_id, purpose);
