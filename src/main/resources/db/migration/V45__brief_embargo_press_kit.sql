-- A brief may be held back until a date and time (an embargo): before it, the brief, its recommendations and its
-- press kit are public nowhere. The press kit is what journalists get: a summary for the press, key figures
-- (some drawn as a chart), quotable lines and a press contact.
alter table brief add column embargo_until timestamptz;

create table brief_press_kit (
    brief_id      bigint primary key references brief (id) on delete cascade,
    summary_ru    text,
    summary_ky    text,
    contact_name  varchar(200),
    contact_email varchar(254),
    contact_phone varchar(40),
    updated_at    timestamptz not null default now(),
    version       integer not null default 0
);

create table press_kit_figure (
    id         bigserial primary key,
    brief_id   bigint not null references brief_press_kit (brief_id) on delete cascade,
    position   integer not null,
    label_ru   varchar(300),
    label_ky   varchar(300),
    value      numeric(18, 4) not null,
    unit       varchar(40),
    finding_id bigint references brief_finding (id) on delete set null,
    in_chart   boolean not null default false
);
create index press_kit_figure_brief_idx on press_kit_figure (brief_id, position);

create table press_kit_quote (
    id         bigserial primary key,
    brief_id   bigint not null references brief_press_kit (brief_id) on delete cascade,
    position   integer not null,
    text_ru    text,
    text_ky    text,
    finding_id bigint references brief_finding (id) on delete set null
);
create index press_kit_quote_brief_idx on press_kit_quote (brief_id, position);
