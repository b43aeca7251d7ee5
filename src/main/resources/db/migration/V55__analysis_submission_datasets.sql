-- A dataset may be a snapshot of a form's collected submissions: which form and version, when it was taken, and the
-- repeats its flat table leaves out. Its rows are kept as a CSV file like an upload's.
alter table analysis_dataset drop constraint analysis_dataset_source_check;
alter table analysis_dataset add constraint analysis_dataset_source_check check (source in ('UPLOAD', 'SUBMISSIONS'));
-- no foreign key: collect_form is created by a later migration, and a snapshot outlives its form anyway
alter table analysis_dataset add column form_id bigint;
alter table analysis_dataset add column form_version text;
alter table analysis_dataset add column taken_at timestamptz;
alter table analysis_dataset add column left_out text;
