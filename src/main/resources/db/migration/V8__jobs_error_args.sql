-- Arguments of the failure message (error_key), as a JSON array of strings.
alter table job add column error_args jsonb;
