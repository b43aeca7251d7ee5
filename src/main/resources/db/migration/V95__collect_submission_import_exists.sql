-- The import a submission names must exist, checked as its form is (V93): once per statement over the rows it added,
-- with a KEY SHARE lock on each import named, instead of the per-row foreign key V92 left out for its cost. An import
-- record with submissions cannot be deleted, and a submission's import does not change.
drop trigger collect_submission_form_exists on collect_submission;
drop function collect_submission_form_exists();

create function collect_submission_references_exist() returns trigger language plpgsql as $$
begin
    perform 1 from collect_form f where f.id in (select distinct a.form_id from added a) for key share of f;
    if exists (select 1 from added a where not exists (select 1 from collect_form f where f.id = a.form_id)) then
        raise foreign_key_violation using message = 'collect_submission: form_id names no collect_form',
            constraint = 'collect_submission_form_id_fkey';
    end if;
    perform 1 from collect_import i where i.id in (select distinct a.import_id from added a where a.import_id is not null)
        for key share of i;
    if exists (select 1 from added a where a.import_id is not null
               and not exists (select 1 from collect_import i where i.id = a.import_id)) then
        raise foreign_key_violation using message = 'collect_submission: import_id names no collect_import',
            constraint = 'collect_submission_import_id_fkey';
    end if;
    return null;
end $$;

create trigger collect_submission_references_exist after insert on collect_submission
    referencing new table as added for each statement execute function collect_submission_references_exist();

create function collect_submission_import_fixed() returns trigger language plpgsql as $$
begin
    raise foreign_key_violation using message = 'collect_submission: import_id does not change',
        constraint = 'collect_submission_import_id_fkey';
end $$;

create trigger collect_submission_import_fixed before update of import_id on collect_submission
    for each row when (old.import_id is distinct from new.import_id) execute function collect_submission_import_fixed();

create function collect_import_keeps_submissions() returns trigger language plpgsql as $$
begin
    if exists (select 1 from collect_submission s where s.form_id = old.form_id and s.import_id = old.id) then
        raise foreign_key_violation using message = 'collect_import: submissions still name this import',
            constraint = 'collect_submission_import_id_fkey';
    end if;
    return old;
end $$;

create trigger collect_import_keeps_submissions before delete on collect_import
    for each row execute function collect_import_keeps_submissions();
