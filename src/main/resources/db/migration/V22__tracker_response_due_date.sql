-- The response deadline the CSO asks for (a bulk import may set it per recommendation); null means the
-- configured number of days after release. On release it is set to the date actually given to the bodies.
alter table recommendation add column response_due_date date;

update recommendation r set response_due_date = (
    select min(a.original_due_date) from addressee a where a.recommendation_id = r.id and a.redirected_from is null)
where r.status = 'RELEASED';
