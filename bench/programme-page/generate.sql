-- A programme in implementation with a 200-node results framework (1 goal, 9 outcomes, 40 outputs, 150 activities),
-- one indicator per node and 5 values per indicator (targets 2025–2026, state-reported actuals 2024–2025, a
-- CSO-measured 2025 actual with SE, CI and n): 1,000 values. Seeded straight into the tables of a started demo app.
\set ON_ERROR_STOP on
insert into programme (reference, title_ru, title_ky, title_en, owner_body_id, act_number, act_date, period_start, period_end,
  budget_code, status, demo)
select 'BENCH-PAGE-200', '[Бенчмарк] Программа с рамкой результатов из 200 узлов', '[Бенчмарк] 200 түйүндүү программа',
  '[Benchmark] Programme with a 200-node results framework', o.id, 'БЕНЧ-1', date '2024-01-15', 2024, 2028, 'БЕНЧ-БК',
  'IN_IMPLEMENTATION', false
from organisation o where o.kind = 'STATE_BODY' order by o.id limit 1;
select id as pid from programme where reference = 'BENCH-PAGE-200' \gset

insert into programme_node (programme_id, kind, title_ru, title_ky)
values (:pid, 'GOAL', 'Цель программы (бенчмарк)', 'Программанын максаты (бенчмарк)');

-- children LEVEL: COUNT nodes of KIND spread round-robin over the nodes of PARENT_KIND
insert into programme_node (programme_id, parent_id, kind, title_ru, assumptions, risks)
select :pid, g.id, 'OUTCOME', 'Ожидаемый результат ' || i || ' (бенчмарк)', 'Допущение к результату ' || i, 'Риск результата ' || i
from programme_node g, generate_series(1, 9) i where g.programme_id = :pid and g.kind = 'GOAL';

insert into programme_node (programme_id, parent_id, kind, title_ru)
select :pid, o.id, 'OUTPUT', 'Продукт ' || i || ' (бенчмарк)'
from generate_series(1, 40) i
join (select id, row_number() over (order by id) - 1 as k from programme_node where programme_id = :pid and kind = 'OUTCOME') o
  on o.k = (i - 1) % 9;

insert into programme_node (programme_id, parent_id, kind, title_ru)
select :pid, o.id, 'ACTIVITY', 'Мероприятие ' || i || ' (бенчмарк)'
from generate_series(1, 150) i
join (select id, row_number() over (order by id) - 1 as k from programme_node where programme_id = :pid and kind = 'OUTPUT') o
  on o.k = (i - 1) % 40;

insert into programme_indicator (node_id, name_ru, measure, unit, direction, disaggregations, verification, baseline_year,
  baseline_number, baseline_source)
select n.id, 'Показатель узла ' || n.id || ' (бенчмарк)', case when n.id % 2 = 0 then 'PERCENTAGE' else 'UNIT' end,
  case when n.id % 2 = 0 then '%' else 'ед.' end, 'INCREASE', 'пол; область', 'Отчёт министерства (синтетика)', 2023,
  10 + n.id % 20, 'Базовое исследование (синтетика)'
from programme_node n where n.programme_id = :pid;

insert into programme_indicator_value (indicator_id, period, kind, producer, value_number, se, ci_low, ci_high, n, note)
select i.id, v.period, v.kind, v.producer, i.baseline_number + v.step,
  case when v.producer = 'CSO_MEASURED' then 1.5 end, case when v.producer = 'CSO_MEASURED' then i.baseline_number + v.step - 2.9 end,
  case when v.producer = 'CSO_MEASURED' then i.baseline_number + v.step + 2.9 end, case when v.producer = 'CSO_MEASURED' then 600 end,
  'Синтетическое значение'
from programme_indicator i join programme_node n on n.id = i.node_id
cross join (values (2025, 'TARGET', 'PLAN', 8), (2026, 'TARGET', 'PLAN', 15), (2024, 'ACTUAL', 'STATE_REPORTED', 3),
                   (2025, 'ACTUAL', 'STATE_REPORTED', 6), (2025, 'ACTUAL', 'CSO_MEASURED', 5)) v(period, kind, producer, step)
where n.programme_id = :pid;

analyze programme_node; analyze programme_indicator; analyze programme_indicator_value;
