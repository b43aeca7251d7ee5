-- Every review decision on a submission, oldest first: the state it left and entered and the reviewer's comment.
-- The submission row keeps only its current state; this is the history shown next to it.
create table collect_review (
    id            bigint generated always as identity primary key,
    submission_id bigint not null references collect_submission (id) on delete cascade,
    from_status   text not null,
    to_status     text not null check (to_status in ('RECEIVED', 'APPROVED', 'HAS_ISSUES', 'REJECTED')),
    comment       text check (length(comment) <= 4000),
    reviewed_by   bigint references app_user (id),
    reviewed_at   timestamptz not null default now()
);
create index collect_review_submission_idx on collect_review (submission_id, id);
-- The submissions table of a form lists current rows newest first.
create index collect_submission_list_idx on collect_submission (form_id, received_at desc, id desc) where current;
