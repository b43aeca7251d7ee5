-- How a user wants notifications by e-mail: each as it happens, one daily digest, or none.
alter table app_user add column mail_frequency text not null default 'EACH'
    check (mail_frequency in ('EACH', 'DAILY', 'NONE'));

-- A notification waiting for its recipient's daily digest e-mail.
alter table notification add column digest_pending boolean not null default false;
create index notification_digest_idx on notification (user_id, created_at) where digest_pending;
