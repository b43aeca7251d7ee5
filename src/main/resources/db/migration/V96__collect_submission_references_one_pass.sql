-- The check of V95 read the statement's rows four times (each form and import named, then each row again for one that
-- names none); this reads them once, gathering the distinct forms and imports, then locks those and compares counts.
create or replace function collect_submission_references_exist() returns trigger language plpgsql as $$
declare
    forms bigint[];
    imports bigint[];
begin
    select array_agg(distinct a.form_id), array_agg(distinct a.import_id) filter (where a.import_id is not null)
    into forms, imports from added a;
    if (select count(*) from (select f.id from collect_form f where f.id = any(forms) for key share of f) locked)
            <> coalesce(cardinality(forms), 0) then
        raise foreign_key_violation using message = 'collect_submission: form_id names no collect_form',
            constraint = 'collect_submission_form_id_fkey';
    end if;
    if imports is not null
            and (select count(*) from (select i.id from collect_import i where i.id = any(imports) for key share of i) locked)
            <> cardinality(imports) then
        raise foreign_key_violation using message = 'collect_submission: import_id names no collect_import',
            constraint = 'collect_submission_import_id_fkey';
    end if;
    return null;
end $$;
