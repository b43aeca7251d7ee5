-- Synthetic load for the tracker benchmarks: 10,000 released recommendations over the demo briefs, each addressed
-- to a lead and a supporting demo state body (20,000 addressees), positions for most, and 100,000 timeline entries.
-- Written straight in SQL because it is only load: the services' rules are exercised by the tests and the demo.
\set ON_ERROR_STOP on
begin;
create temp table bench_brief as
  select id, organisation_id, theme_id, row_number() over (order by id) - 1 as n from brief where demo;
create temp table bench_body as
  select id, row_number() over (order by id) - 1 as n from organisation where kind = 'STATE_BODY' and demo;

insert into recommendation (brief_id, organisation_id, reference, text_ru, text_ky, original_language, theme_id, action_type,
  priority, proposed_implementation_date, status, released_at, created_at, updated_at)
select b.id, b.organisation_id, 'BENCH-' || g,
  'Синтетическая рекомендация № ' || g || ': обеспечить доступность услуг для всех жителей (нагрузочный тест).',
  'Синтетикалык сунуш № ' || g || ' (жүктөм сыноосу).', 'ru', b.theme_id,
  (array['LAW','BYLAW','POLICY','BUDGET','INSTITUTIONAL','PRACTICE','DATA'])[1 + g % 7],
  (array['HIGH','MEDIUM','LOW'])[1 + g % 3], current_date + (g % 700 - 200),
  'RELEASED', now() - (g % 540) * interval '1 day', now() - (g % 540 + 5) * interval '1 day', now()
from generate_series(1, 10000) g
join bench_brief b on b.n = g % (select count(*) from bench_brief);

insert into addressee (recommendation_id, organisation_id, lead, original_due_date, due_date, position)
select r.id, body.id, lead, (r.released_at at time zone 'Asia/Bishkek')::date + 30,
  (r.released_at at time zone 'Asia/Bishkek')::date + 30,
  case when (r.released_at at time zone 'Asia/Bishkek')::date + 30 >= current_date and r.id % 3 = 0 then null
       else (array['ACCEPTED','PARTIALLY_ACCEPTED','NOTED','REJECTED','CLAIMED_IMPLEMENTED','ACCEPTED','PARTIALLY_ACCEPTED',
                   'NO_RESPONSE','ACCEPTED','NOTED'])[1 + (r.id + case when lead then 0 else 3 end) % 10] end
from recommendation r
cross join (values (true, 0), (false, 3)) as side(lead, shift)
join bench_body body on body.n = (r.id + side.shift) % (select count(*) from bench_body)
where r.reference like 'BENCH-%';

insert into state_position (addressee_id, position, reasoning, evidence_url, letter_number, letter_date, responsible_unit,
  status, released_at, created_at)
select a.id, a.position, case when a.position = 'ACCEPTED' then null else 'Синтетическое обоснование позиции.' end,
  case when a.position = 'CLAIMED_IMPLEMENTED' then 'https://example.org/bench' end,
  '01-' || a.id, a.due_date - 10, 'Управление (синтетическое)', 'RELEASED',
  (a.due_date - 10)::timestamptz, (a.due_date - 12)::timestamptz
from addressee a join recommendation r on r.id = a.recommendation_id
where r.reference like 'BENCH-%' and a.position is not null and a.position <> 'NO_RESPONSE';

insert into timeline_entry (addressee_id, kind, occurred_on, completion, confidence, method, body, position, author_org_id)
select a.id,
  case k when 1 then case when a.position = 'NO_RESPONSE' then 'NO_RESPONSE' when a.position is null then 'PROGRESS'
                          else 'POSITION_RELEASED' end
         when 5 then 'ASSESSMENT' else 'PROGRESS' end,
  least(current_date, a.due_date - 10 + k * 40),
  case when k = 1 then null else (array['NOT_STARTED','LIMITED','SUBSTANTIAL','COMPLETE'])[1 + (a.id + k) % 4] end,
  case when k = 5 then (array['LOW','MEDIUM','HIGH'])[1 + a.id % 3] end,
  case when k = 5 then 'Повторный опрос (синтетический)' end,
  'Синтетическая запись хода исполнения № ' || k || '.',
  case when k = 1 then a.position end,
  case when k = 5 then r.organisation_id else a.organisation_id end
from addressee a join recommendation r on r.id = a.recommendation_id
cross join generate_series(1, 5) k
where r.reference like 'BENCH-%';

-- The derived figures the tracker keeps per addressed body, for the whole load at once (same function as the app).
select tracker_refresh_derived(array(select id from recommendation where reference like 'BENCH-%'), 'Asia/Bishkek');
commit;
analyze;
select (select count(*) from recommendation) as recommendations, (select count(*) from addressee) as addressees,
       (select count(*) from timeline_entry) as timeline_entries;
