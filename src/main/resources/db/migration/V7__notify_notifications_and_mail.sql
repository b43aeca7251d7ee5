create table notification (
    id           bigint generated always as identity primary key,
    user_id      bigint not null references app_user (id) on delete cascade,
    message_key  text not null,
    message_args jsonb not null default '[]'::jsonb,
    link         text,
    created_at   timestamptz not null default now(),
    read_at      timestamptz
);
create index notification_user_idx on notification (user_id, created_at desc);

-- Every outgoing e-mail goes through this outbox; a scheduled task delivers it after the commit.
create table mail_outbox (
    id         bigint generated always as identity primary key,
    recipient  text not null,
    subject    text not null,
    body       text,
    status     text not null check (status in ('PENDING', 'CAPTURED', 'SENT', 'FAILED')),
    attempts   integer not null default 0,
    last_error text,
    created_at timestamptz not null default now(),
    sent_at    timestamptz
);
create index mail_outbox_pending_idx on mail_outbox (status, created_at) where status = 'PENDING';
