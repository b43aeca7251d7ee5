-- What a respondent agreed to, as answered in a submission's consent block (questions consent_recording,
-- consent_quotation, consent_archiving, consent_transfer): one row per submission that has the block; an unanswered
-- item stays null. The form version says which wording the respondent heard.
create table collect_consent (
    submission_id bigint primary key references collect_submission (id) on delete cascade,
    form_id       bigint not null references collect_form (id),
    recording     boolean,
    quotation     boolean,
    archiving     boolean,
    transfer      boolean,
    form_version  text not null,
    given_at      timestamptz not null default now(),
    version       integer not null default 0
);
create index collect_consent_form_idx on collect_consent (form_id);
