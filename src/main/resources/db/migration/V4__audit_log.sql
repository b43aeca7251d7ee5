-- Who changed what and when, with the record before and after as JSON. Rows are never updated.
create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz not null default now(),
    actor_id     bigint,
    actor_email  text,
    entity_type  text not null,
    entity_id    text not null,
    action       text not null,
    before_state jsonb,
    after_state  jsonb,
    client_ip    text
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_actor_idx on audit_event (actor_id, occurred_at desc);
create index audit_event_time_idx on audit_event (occurred_at desc);
