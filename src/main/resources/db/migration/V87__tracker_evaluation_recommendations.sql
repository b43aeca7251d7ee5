-- Evaluation recommendations join the tracker: a recommendation comes either from a brief or from an evaluation of a
-- state programme, never both. The tracker keeps the link to the evaluation recommendation it was entered from (one
-- tracker recommendation each, so entering it again is a no-op).
alter table recommendation alter column brief_id drop not null;
alter table recommendation add column evaluation_id bigint references programme_evaluation (id);
alter table recommendation add column evaluation_recommendation_id bigint unique
    references programme_evaluation_recommendation (id);
alter table recommendation add constraint recommendation_one_source_ck
    check ((brief_id is null) <> (evaluation_id is null)
           and (evaluation_id is null) = (evaluation_recommendation_id is null));
create index recommendation_evaluation_idx on recommendation (evaluation_id) where evaluation_id is not null;
-- An evaluation's recommendations are seen only by the parties (the addressed body, the commissioning organisation,
-- coordinators and admins) until the report and the management response are published.
alter table recommendation add column restricted boolean not null default false;

-- A recommendation is public once released from a public brief, or from an evaluation whose report and management
-- response are published. Same columns as before, then the evaluation and its programme (null for briefs).
create or replace view portal_recommendation as
select r.id, r.brief_id, r.brief_version, r.organisation_id, r.reference, r.text_ru, r.text_ky, r.original_language,
       r.theme_id, r.action_type, r.priority, r.proposed_implementation_date, r.released_at, r.updated_at,
       coalesce(b.withdrawn, false) as brief_withdrawn, r.evaluation_id, e.programme_id
from recommendation r
left join portal_brief b on b.id = r.brief_id
left join portal_programme_evaluation e on e.id = r.evaluation_id
where r.status = 'RELEASED' and r.released_at is not null and (b.id is not null or e.id is not null);

-- The search index is per brief (portal_search_doc.brief_id is required and portal_search_public joins the brief):
-- recommendations from evaluations, their positions and timelines are left out of it.
create or replace function portal_index_recommendations(ids bigint[]) returns void language plpgsql as $$
begin
    delete from portal_search_doc where kind = 'RECOMMENDATION' and source_id = any(ids);
    insert into portal_search_doc (kind, source_id, lang, type, brief_id, recommendation_id, body_ids, title, content)
    select 'RECOMMENDATION', r.id, l.lang, 'RECOMMENDATION', r.brief_id, r.id,
           array(select a.organisation_id from addressee a where a.recommendation_id = r.id order by a.id),
           r.reference, portal_squash(l.content)
    from recommendation r
    cross join lateral (values ('ru', r.text_ru), ('ky', r.text_ky)) as l(lang, content)
    where r.id = any(ids) and r.brief_id is not null and btrim(coalesce(l.content, '')) <> '';
end $$;

create or replace function portal_index_positions(ids bigint[]) returns void language plpgsql as $$
begin
    delete from portal_search_doc where kind = 'POSITION' and source_id = any(ids);
    insert into portal_search_doc (kind, source_id, lang, type, brief_id, recommendation_id, addressee_id, body_ids, content)
    select 'POSITION', p.id, portal_guess_language(t.content), 'RESPONSE', r.brief_id, r.id, a.id, array[a.organisation_id],
           t.content
    from state_position p
    join addressee a on a.id = p.addressee_id
    join recommendation r on r.id = a.recommendation_id
    cross join lateral (select portal_squash(concat_ws(' ', p.reasoning, p.responsible_unit,
        (select string_agg(m.description, ' ' order by m.id) from planned_measure m where m.position_id = p.id))) as content) t
    where p.id = any(ids) and r.brief_id is not null and t.content <> '';
end $$;

create or replace function portal_index_timeline(ids bigint[]) returns void language plpgsql as $$
begin
    delete from portal_search_doc where kind = 'TIMELINE' and source_id = any(ids);
    insert into portal_search_doc (kind, source_id, lang, type, brief_id, recommendation_id, addressee_id, body_ids, content)
    select 'TIMELINE', e.id, portal_guess_language(t.content), case when e.kind = 'ASSESSMENT' then 'ASSESSMENT' else 'RESPONSE' end,
           r.brief_id, r.id, a.id, array[a.organisation_id], t.content
    from timeline_entry e
    join addressee a on a.id = e.addressee_id
    join recommendation r on r.id = a.recommendation_id
    cross join lateral (select portal_squash(concat_ws(' ', e.body, e.method)) as content) t
    where e.id = any(ids) and r.brief_id is not null and e.kind in ('PROGRESS', 'ASSESSMENT', 'REPLY') and t.content <> '';
end $$;
