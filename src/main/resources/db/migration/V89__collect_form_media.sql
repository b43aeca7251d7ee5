-- Media files of a form (images and audio in labels, CSV for select_from_file and pulldata), listed in the OpenRosa
-- manifest with their MD5 and downloaded by phones. One file per name and form; a new upload of a name replaces it.
create table collect_form_media (
    id           bigint generated always as identity primary key,
    form_id      bigint not null references collect_form (id),
    name         text not null check (length(name) between 1 and 200),
    content_type text not null,
    size_bytes   bigint not null check (size_bytes > 0),
    md5          text not null check (md5 ~ '^[0-9a-f]{32}$'),
    content      bytea not null,
    created_by   bigint references app_user (id),
    created_at   timestamptz not null default now(),
    version      integer not null default 0,
    unique (form_id, name)
);
