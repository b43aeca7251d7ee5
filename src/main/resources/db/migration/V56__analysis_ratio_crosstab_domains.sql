-- Ratios (numerator in variable, denominator here), crosstabs (row variable in variable, column variable here), and
-- several domain variables: domain_variable now holds their names one per line, cross-classified in that order.
alter table analysis drop constraint analysis_estimator_check;
alter table analysis add constraint analysis_estimator_check
    check (estimator in ('MEAN', 'PROPORTION', 'TOTAL', 'QUANTILE', 'RATIO', 'CROSSTAB'));
alter table analysis add column denominator text;
alter table analysis add column column_variable text;
