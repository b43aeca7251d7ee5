-- What the tracker keeps about each addressed body, derived from its sources: the implementation due date (last
-- planned measure of the released position, else the proposed date), the latest completion rating and the days it
-- took to answer. One definition, used by the application after every change and by the load generator in bulk.
create function tracker_refresh_derived(recommendation_ids bigint[], zone text) returns void
language sql as $$
update addressee a set
  implementation_due = coalesce((select max(pm.target_date) from state_position p
                                 join planned_measure pm on pm.position_id = p.id
                                 where p.addressee_id = a.id and p.status = 'RELEASED'),
                                r.proposed_implementation_date),
  latest_completion = (select t.completion from timeline_entry t where t.addressee_id = a.id
                       and t.completion is not null order by t.occurred_on desc, t.id desc limit 1),
  days_to_answer = (select (min(p.released_at) at time zone zone)::date
                           - (greatest(r.released_at, a.created_at) at time zone zone)::date
                    from state_position p where p.addressee_id = a.id and p.status <> 'DRAFT')
from recommendation r where r.id = a.recommendation_id and a.recommendation_id = any(recommendation_ids)
$$;
