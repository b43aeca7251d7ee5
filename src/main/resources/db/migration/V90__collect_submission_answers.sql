-- A submission's answers as its element tree in a compact encoding of our own (collect.review.StoredAnswers), written
-- with the XML by every writer, so exports need not parse the XML again. Null for rows stored before it: they are
-- read from the XML until the backfill (collect.review.StoredAnswersBackfill) has filled them.
alter table collect_submission add column answers bytea;
-- Only the rows still waiting for the backfill; empty once it is done.
create index collect_submission_answers_missing_idx on collect_submission (id) where answers is null;
