-- An embargoed brief is public nowhere until its embargo has passed. Every portal_* view and the search reach
-- briefs only through portal_brief, so filtering it here hides the brief, its findings, evidence, recommendations,
-- positions, timeline, search documents, sitemap entries and figures alike.
create or replace view portal_brief as
select b.id, b.organisation_id, b.theme_id, b.original_language, b.status = 'WITHDRAWN' as withdrawn,
       b.title_ru, b.title_ky, b.summary_ru, b.summary_ky, b.problem_ru, b.problem_ky, b.methodology_ru, b.methodology_ky,
       b.study_reference, b.sample_size, b.sample_description, b.published_version,
       coalesce(first_version.published_at, b.updated_at) as first_published_at,
       coalesce(latest_version.published_at, b.updated_at) as published_at,
       case when b.status = 'WITHDRAWN' then b.updated_at end as withdrawn_at, b.demo
from brief b
left join brief_version first_version on first_version.brief_id = b.id and first_version.number = 1
left join brief_version latest_version on latest_version.brief_id = b.id and latest_version.number = b.published_version
where b.status in ('PUBLISHED', 'WITHDRAWN') and (b.embargo_until is null or b.embargo_until <= now());

-- The press kit of a public brief, with the same columns as its tables, so one reader serves both.
create view portal_press_kit as
select k.brief_id, k.summary_ru, k.summary_ky, k.contact_name, k.contact_email, k.contact_phone, k.updated_at, k.version
from brief_press_kit k join portal_brief b on b.id = k.brief_id;

create view portal_press_kit_figure as
select f.id, f.brief_id, f.position, f.label_ru, f.label_ky, f.value, f.unit, f.finding_id, f.in_chart
from press_kit_figure f join portal_press_kit k on k.brief_id = f.brief_id;

create view portal_press_kit_quote as
select q.id, q.brief_id, q.position, q.text_ru, q.text_ky, q.finding_id
from press_kit_quote q join portal_press_kit k on k.brief_id = q.brief_id;
