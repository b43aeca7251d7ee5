create table theme (
    id         bigint generated always as identity primary key,
    code       text not null unique check (code ~ '^[a-z0-9-]{2,60}$'),
    name_ru    text not null check (length(name_ru) between 1 and 300),
    name_ky    text check (length(name_ky) <= 300),
    name_en    text check (length(name_en) <= 300),
    active     boolean not null default true,
    demo       boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version    integer not null default 0
);
