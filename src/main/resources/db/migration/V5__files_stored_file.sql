create table stored_file (
    id            uuid primary key,
    purpose       text not null,
    original_name text not null check (length(original_name) between 1 and 255),
    content_type  text not null,
    size_bytes    bigint not null check (size_bytes >= 0),
    sha256        text not null,
    storage_key   text not null unique,
    visibility    text not null check (visibility in ('PUBLIC', 'ORGANISATION', 'OWNER')),
    organisation_id bigint references organisation (id),
    uploaded_by   bigint references app_user (id),
    created_at    timestamptz not null default now()
);
create index stored_file_purpose_idx on stored_file (purpose);
