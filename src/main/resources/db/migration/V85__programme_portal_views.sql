-- What the public portal may show of programmes, read only through these views. A programme is public once out of
-- draft (public discussion onwards); an evaluation once its report and management response are published. Individual
-- expert ratings, declarations of interest, the coordinator's notes, factual-accuracy comments and drafts never
-- appear here.
create view portal_programme as
select p.id, p.reference, p.title_ru, p.title_ky, p.title_en, p.owner_body_id, o.name_ru as owner_ru, o.name_ky as owner_ky,
       o.name_en as owner_en, p.act_number, p.act_date, p.act_url, p.period_start, p.period_end, p.budget_code,
       p.discussion_url, p.status
from programme p join organisation o on o.id = p.owner_body_id
where p.status <> 'DRAFT';

create view portal_programme_node as
select n.id, n.programme_id, n.parent_id, n.kind, n.title_ru, n.title_ky, n.assumptions, n.risks
from programme_node n join portal_programme p on p.id = n.programme_id;

create view portal_programme_indicator as
select i.id, i.node_id, n.programme_id, i.name_ru, i.name_ky, i.measure, i.unit, i.direction, i.baseline_year,
       i.baseline_number, i.baseline_text, i.baseline_source
from programme_indicator i join portal_programme_node n on n.id = i.node_id;

create view portal_programme_value as
select v.id, v.indicator_id, v.period, v.kind, v.producer, v.value_number, v.value_text, v.ci_low, v.ci_high, v.n
from programme_indicator_value v join portal_programme_indicator i on i.id = v.indicator_id;

create view portal_programme_evaluation as
select e.id, e.programme_id, e.kind, e.title, e.template, e.overall_rating, e.overall_rationale, r.published_at,
       r.response_due, o.name_ru as commissioner_ru, o.name_ky as commissioner_ky, o.name_en as commissioner_en
from programme_evaluation e
join programme_evaluation_report r on r.evaluation_id = e.id and r.stage = 'PUBLISHED'
join portal_programme p on p.id = e.programme_id
join organisation o on o.id = e.commissioned_by;

-- The consensus only: agreed rating and text per criterion, and the dissent the panel chose to keep.
create view portal_programme_criterion as
select c.id, c.evaluation_id, c.position, c.code, c.name, c.agreed_rating, c.agreed_text, c.dissent
from programme_evaluation_criterion c join portal_programme_evaluation e on e.id = c.evaluation_id;

-- The conflict-of-interest statement: who sat on the panel and the decision, never the declaration or the note.
create view portal_programme_panel as
select m.evaluation_id, u.full_name, m.rapporteur, m.decision
from programme_evaluation_member m join portal_programme_evaluation e on e.id = m.evaluation_id
join app_user u on u.id = m.expert_id
where m.decision in ('CLEAR', 'MITIGATED', 'RECUSED');

create view portal_programme_recommendation as
select r.id, r.evaluation_id, r.position, r.text_ru, r.text_ky, r.stance, r.reasons, r.responded_at, r.late
from programme_evaluation_recommendation r join portal_programme_evaluation e on e.id = r.evaluation_id;

create view portal_programme_action as
select a.recommendation_id, a.position, a.what, a.who, a.due
from programme_evaluation_action a join portal_programme_recommendation r on r.id = a.recommendation_id;
