-- One row per import of another tool's export into a form: which file, by whom, how many rows it had and added. Its
-- one audit entry stands for the submissions (and consent records) it created, each of which names it, so an import
-- of a million rows writes one audit entry, not a million, and a submission's page still says how it was created.
create table collect_import (
    id           bigint generated always as identity primary key,
    form_id      bigint not null references collect_form (id),
    form_version text not null,
    file_name    text not null,
    imported_by  bigint references app_user (id),
    imported_at  timestamptz not null default now(),
    row_count    bigint not null default 0,
    added        bigint not null default 0,
    version      integer not null default 0
);
create index collect_import_form_idx on collect_import (form_id);

-- No index: submissions are found by form and instance id; the import is looked up from the submission. No foreign key
-- either: PostgreSQL checks one row by row, which measured 14 µs a row, a sixth of the whole insert of an imported
-- submission (EXPLAIN ANALYZE of 50,000 rows), and import records are never deleted.
alter table collect_submission add column import_id bigint;
