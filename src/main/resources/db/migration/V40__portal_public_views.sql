-- The public portal reads published data only through the portal_* views below: they are the one place that
-- decides what the public may see. A brief is public once published and stays public, marked, when withdrawn;
-- a recommendation is public once released from such a brief; a body's position once released (superseded
-- ones stay as history). Drafts, review comments, draft positions, questions and users never appear here.

-- Per addressed body, the latest self-reported and independently assessed completion and the first answer,
-- kept by triggers so that lists and scorecards need no scan of the timeline.
create table portal_addressee_fact (
    addressee_id      bigint primary key references addressee (id) on delete cascade,
    self_report       text,
    self_report_on    date,
    self_report_entry bigint,
    assessment        text,
    assessment_on     date,
    assessment_entry  bigint,
    first_response_at timestamptz
);

-- "Latest" is by the date it happened, then by the order it was written (as TimelineEvents.latest).

create function portal_timeline_facts() returns trigger language plpgsql as $$
begin
    insert into portal_addressee_fact (addressee_id)
    select distinct addressee_id from new_entries where completion is not null and kind in ('PROGRESS', 'ASSESSMENT')
    on conflict do nothing;
    update portal_addressee_fact f set self_report = l.completion, self_report_on = l.occurred_on, self_report_entry = l.id
    from (select distinct on (addressee_id) addressee_id, completion, occurred_on, id from new_entries
          where kind = 'PROGRESS' and completion is not null order by addressee_id, occurred_on desc, id desc) l
    where f.addressee_id = l.addressee_id
      and (f.self_report_on is null or (l.occurred_on, l.id) > (f.self_report_on, f.self_report_entry));
    update portal_addressee_fact f set assessment = l.completion, assessment_on = l.occurred_on, assessment_entry = l.id
    from (select distinct on (addressee_id) addressee_id, completion, occurred_on, id from new_entries
          where kind = 'ASSESSMENT' and completion is not null order by addressee_id, occurred_on desc, id desc) l
    where f.addressee_id = l.addressee_id
      and (f.assessment_on is null or (l.occurred_on, l.id) > (f.assessment_on, f.assessment_entry));
    return null;
end $$;
create trigger portal_timeline_facts after insert on timeline_entry
    referencing new table as new_entries for each statement execute function portal_timeline_facts();

create function portal_position_facts() returns trigger language plpgsql as $$
begin
    insert into portal_addressee_fact (addressee_id, first_response_at)
    select addressee_id, min(released_at) from new_positions
    where status in ('RELEASED', 'SUPERSEDED') and released_at is not null group by addressee_id
    on conflict (addressee_id) do update
        set first_response_at = least(portal_addressee_fact.first_response_at, excluded.first_response_at);
    return null;
end $$;
create trigger portal_position_facts_insert after insert on state_position
    referencing new table as new_positions for each statement execute function portal_position_facts();
create trigger portal_position_facts_update after update on state_position
    referencing new table as new_positions for each statement execute function portal_position_facts();

insert into portal_addressee_fact (addressee_id)
select distinct addressee_id from timeline_entry where completion is not null and kind in ('PROGRESS', 'ASSESSMENT')
union
select distinct addressee_id from state_position where status in ('RELEASED', 'SUPERSEDED') and released_at is not null;
update portal_addressee_fact f set self_report = l.completion, self_report_on = l.occurred_on, self_report_entry = l.id
from (select distinct on (addressee_id) addressee_id, completion, occurred_on, id from timeline_entry
      where kind = 'PROGRESS' and completion is not null order by addressee_id, occurred_on desc, id desc) l
where f.addressee_id = l.addressee_id;
update portal_addressee_fact f set assessment = l.completion, assessment_on = l.occurred_on, assessment_entry = l.id
from (select distinct on (addressee_id) addressee_id, completion, occurred_on, id from timeline_entry
      where kind = 'ASSESSMENT' and completion is not null order by addressee_id, occurred_on desc, id desc) l
where f.addressee_id = l.addressee_id;
update portal_addressee_fact f set first_response_at = p.first
from (select addressee_id, min(released_at) as first from state_position
      where status in ('RELEASED', 'SUPERSEDED') and released_at is not null group by addressee_id) p
where f.addressee_id = p.addressee_id;

-- Names only: no e-mail addresses and nothing about users.
create view portal_organisation as
select id, kind, name_ru, name_ky, name_en, short_name, website, active from organisation;

create view portal_theme as
select id, code, name_ru, name_ky, name_en, active from theme;

create view portal_brief as
select b.id, b.organisation_id, b.theme_id, b.original_language, b.status = 'WITHDRAWN' as withdrawn,
       b.title_ru, b.title_ky, b.summary_ru, b.summary_ky, b.problem_ru, b.problem_ky, b.methodology_ru, b.methodology_ky,
       b.study_reference, b.sample_size, b.sample_description, b.published_version,
       coalesce(first_version.published_at, b.updated_at) as first_published_at,
       coalesce(latest_version.published_at, b.updated_at) as published_at,
       case when b.status = 'WITHDRAWN' then b.updated_at end as withdrawn_at, b.demo
from brief b
left join brief_version first_version on first_version.brief_id = b.id and first_version.number = 1
left join brief_version latest_version on latest_version.brief_id = b.id and latest_version.number = b.published_version
where b.status in ('PUBLISHED', 'WITHDRAWN');

create view portal_finding as
select f.id, f.brief_id, f.position, f.title_ru, f.title_ky, f.text_ru, f.text_ky
from brief_finding f join portal_brief b on b.id = f.brief_id;

create view portal_evidence as
select fe.finding_id, fe.position as sort_order, e.id, e.kind, e.title, e.content, e.file_id, e.url, e.source_reference,
       e.unweighted_n, e.margin_of_error, e.design_effect
from finding_evidence fe
join evidence_item e on e.id = fe.evidence_id
join portal_finding f on f.id = fe.finding_id;

create view portal_annex as
select a.brief_id, a.file_id, a.created_at from brief_annex a join portal_brief b on b.id = a.brief_id;

create view portal_recommendation as
select r.id, r.brief_id, r.brief_version, r.organisation_id, r.reference, r.text_ru, r.text_ky, r.original_language,
       r.theme_id, r.action_type, r.priority, r.proposed_implementation_date, r.released_at, r.updated_at,
       b.withdrawn as brief_withdrawn
from recommendation r join portal_brief b on b.id = r.brief_id
where r.status = 'RELEASED' and r.released_at is not null;

create view portal_recommendation_sdg as
select s.recommendation_id, s.sdg_code, t.goal
from recommendation_sdg s
join sdg_target t on t.code = s.sdg_code
join portal_recommendation r on r.id = s.recommendation_id;

create view portal_recommendation_finding as
select rf.recommendation_id, rf.finding_id
from recommendation_finding rf
join portal_recommendation r on r.id = rf.recommendation_id
join portal_finding f on f.id = rf.finding_id and f.brief_id = r.brief_id;

-- The state's self-report counts "claimed implemented" as complete until the body reports otherwise.
-- This view decides nothing about visibility: it is only ever used joined to portal_recommendation.
create view portal_addressee_rating as
select a.id, a.recommendation_id, a.organisation_id, a.position,
       coalesce(f.self_report, case when a.position = 'CLAIMED_IMPLEMENTED' then 'COMPLETE' end) as self_report,
       f.assessment, f.first_response_at
from addressee a left join portal_addressee_fact f on f.addressee_id = a.id;

-- A body named by a redirect starts its clock when it was added, every other body when the recommendation was released.
create view portal_addressee as
select a.id, a.recommendation_id, a.organisation_id, a.lead, a.original_due_date, a.due_date, a.position, a.redirected_from,
       g.self_report, g.assessment, g.first_response_at,
       case when a.redirected_from is not null then a.created_at else r.released_at end as clock_started_at,
       r.theme_id, r.released_at
from addressee a
join portal_recommendation r on r.id = a.recommendation_id
join portal_addressee_rating g on g.id = a.id;

create view portal_position as
select p.id, p.addressee_id, p.position, p.reasoning, p.evidence_url, p.evidence_file_id, p.redirect_to_id, p.letter_number,
       p.letter_date, p.letter_file_id, p.responsible_unit, p.status = 'SUPERSEDED' as superseded, p.revision, p.released_at
from state_position p join portal_addressee a on a.id = p.addressee_id
where p.status in ('RELEASED', 'SUPERSEDED') and p.released_at is not null;

create view portal_planned_measure as
select m.id, m.position_id, m.description, m.target_date
from planned_measure m join portal_position p on p.id = m.position_id;

create view portal_timeline_entry as
select t.id, t.addressee_id, t.kind, t.occurred_on, t.completion, t.effect, t.confidence, t.method, t.body, t.evidence_url,
       t.file_id, t.position, t.previous_date, t.new_date, t.reply_to_id, t.author_org_id, t.created_at
from timeline_entry t join portal_addressee a on a.id = t.addressee_id;

-- For the public lists: newest released first, and the filters of the public tracker.
create index portal_recommendation_released_idx on recommendation (released_at desc, id desc) where status = 'RELEASED';
create index portal_recommendation_public_idx on recommendation (brief_id, released_at) where status = 'RELEASED';
create index portal_recommendation_theme_idx on recommendation (theme_id);
create index portal_recommendation_sdg_code_idx on recommendation_sdg (sdg_code);
create index portal_state_position_addressee_idx on state_position (addressee_id, released_at);
create index portal_planned_measure_position_idx on planned_measure (position_id);
create index portal_brief_public_idx on brief (theme_id) where status in ('PUBLISHED', 'WITHDRAWN');
