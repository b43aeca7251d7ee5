-- Synthetic load for the qualitative benchmarks: one project on a demo study, led by the demo researcher with the
-- demo coder, :transcripts released transcripts (speaker turns, units) and :segments codings over 40 codes.
-- Written straight in SQL because it is only load: the services' rules are exercised by the tests.
-- psql -v transcripts=500 -v segments=100000 -f generate.sql; prints the project id last.
\set ON_ERROR_STOP on
begin;
create temp table bench_people as
  select (select id from app_user where email = 'researcher@demo.kozomol.kg') as lead,
         (select id from app_user where email = 'coder@demo.kozomol.kg') as coder;
insert into qual_project (study_id, organisation_id, title, created_by)
select s.id, s.organisation_id, 'BENCH qual ' || now(), p.lead from study s, bench_people p
where s.demo and s.organisation_id in (select organisation_id from membership m where m.user_id = p.lead)
order by s.id limit 1;
create temp table bench_project as select max(id) as id from qual_project where title like 'BENCH qual %';
insert into qual_member (project_id, user_id, role)
select b.id, p.lead, 'LEAD' from bench_project b, bench_people p
union all select b.id, p.coder, 'CODER' from bench_project b, bench_people p where p.coder <> p.lead;

insert into qual_case (project_id, label, sex, age_group, region)
select b.id, 'Р-' || g, (array['ж','м'])[1 + g % 2], (array['18-29','30-44','45-59','60+'])[1 + g % 4],
  (array['Бишкек','Ош','Талас','Нарын','Баткен','Жалал-Абад','Иссык-Куль','Чуй'])[1 + g % 8]
from bench_project b, generate_series(1, :transcripts) g;

-- Twenty turns of about 150 characters each, alternating interviewer and respondent.
insert into qual_transcript (project_id, case_id, title, kind, content, status, created_by)
select b.id, k.id, 'Интервью ' || k.label, 'INTERVIEW',
  (select string_agg(case when t % 2 = 1 then 'Интервьюер: ' else 'Р1: ' end
     || 'Реплика ' || t || ' о доступе к услугам, работе инспекции и поддержке соседей, записанная для нагрузочного теста.',
     E'\n' order by t) from generate_series(1, 20) t),
  'OPEN', p.lead
from bench_project b join qual_case k on k.project_id = b.id, bench_people p;
insert into qual_transcript_original (transcript_id, content)
select t.id, t.content from qual_transcript t join bench_project b on b.id = t.project_id;

-- Units: line n starts after the n-1 lines before it (all lines of one turn number have the same length).
insert into qual_unit (transcript_id, position, speaker, start_cp, end_cp)
select t.id, u.n, case when u.n % 2 = 1 then 'Интервьюер' else 'Р1' end,
  coalesce((select sum(length(l) + 1) from unnest((string_to_array(t.content, E'\n'))[1:u.n - 1]) l), 0),
  coalesce((select sum(length(l) + 1) from unnest((string_to_array(t.content, E'\n'))[1:u.n - 1]) l), 0)
    + length((string_to_array(t.content, E'\n'))[u.n])
from qual_transcript t join bench_project b on b.id = t.project_id, generate_series(1, 20) u(n);

insert into qual_code (project_id, name, colour)
select b.id, 'Код ' || g, '#' || lpad(to_hex((g * 2654435) % 16777215), 6, '0') from bench_project b, generate_series(1, 40) g;

-- Segments: whole units. Segment g goes to transcript g mod T; its j = g div T picks the unit (j mod 20) and the
-- code (j div 20 + j mod 20, mod 40), so no two collide while j < 800 (20 units x 40 codes per transcript).
create temp table bench_t as
  select id, row_number() over (order by id) - 1 as n from qual_transcript where project_id = (select id from bench_project);
create temp table bench_c as
  select id, row_number() over (order by id) - 1 as n from qual_code where project_id = (select id from bench_project);
insert into qual_coding (transcript_id, code_id, coder_id, start_cp, end_cp)
select t.id, c.id, case when (t.n + g / :transcripts) % 2 = 0 then p.lead else p.coder end, u.start_cp, u.end_cp
from generate_series(0, :segments - 1) g
join bench_t t on t.n = g % :transcripts
join bench_c c on c.n = ((g / :transcripts) / 20 + (g / :transcripts) % 20) % 40
join qual_unit u on u.transcript_id = t.id and u.position = 1 + (g / :transcripts) % 20
cross join bench_people p
on conflict do nothing;
commit;
select id from bench_project;
