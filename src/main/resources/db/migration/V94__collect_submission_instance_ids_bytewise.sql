-- Instance ids are opaque identifiers ("uuid:…"): compared for equality only, never sorted for people to read. With the
-- "C" collation PostgreSQL compares them byte by byte instead of through the C library's locale routines; inserting a
-- million imported rows into the unique (form_id, instance_id) index measured about 15% less time. Equality is
-- unchanged. Only the indexes are rebuilt, not the table.
alter table collect_submission alter column instance_id type text collate "C",
    alter column root_instance_id type text collate "C";
