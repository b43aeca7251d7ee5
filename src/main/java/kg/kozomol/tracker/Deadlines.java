package kg.kozomol.tracker;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Response and implementation deadlines of addressed bodies, for the flags on the tracker's pages. */
@Service
public class Deadlines {

    /**
     * One row per addressed body of a released recommendation, with its response state and its implementation
     * due date and state: NONE (rejected or redirected: nothing to implement), CLOSED (complete, claimed
     * implemented, superseded or withdrawn, by the latest rating of either side) or OPEN. Callers may append
     * {@code and} clauses on {@code a} and {@code r}, or select from it as a subquery.
     */
    static final String BODIES = """
            select a.id as addressee_id, a.recommendation_id, a.organisation_id, r.reference, a.due_date,
                   (a.position is null or a.position = 'NO_RESPONSE') as response_open,
                   coalesce(m.last_target, r.proposed_implementation_date) as implementation_due,
                   case when a.position in ('REJECTED', 'REDIRECTED') then 'NONE'
                        when a.position = 'CLAIMED_IMPLEMENTED'
                          or c.completion in ('COMPLETE', 'SUPERSEDED', 'WITHDRAWN') then 'CLOSED'
                        else 'OPEN' end as implementation_state,
                   c.completion as latest_completion
            from addressee a join recommendation r on r.id = a.recommendation_id
            left join lateral (select max(pm.target_date) as last_target from state_position p
                               join planned_measure pm on pm.position_id = p.id
                               where p.addressee_id = a.id and p.status = 'RELEASED') m on true
            left join lateral (select t.completion from timeline_entry t where t.addressee_id = a.id and t.completion is not null
                               order by t.occurred_on desc, t.id desc limit 1) c on true
            where r.status = 'RELEASED'
            """;

    private final JdbcClient jdbc;

    Deadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The implementation deadline of each given addressed body; bodies of unreleased recommendations are left out. */
    @Transactional(readOnly = true)
    public Map<Long, ImplementationDeadline> implementation(Collection<Long> addresseeIds, LocalDate today) {
        Map<Long, ImplementationDeadline> deadlines = new HashMap<>();
        if (addresseeIds.isEmpty()) {
            return deadlines;
        }
        jdbc.sql(BODIES + " and a.id in (:ids)").param("ids", addresseeIds).query(rs -> {
            deadlines.put(rs.getLong("addressee_id"), ImplementationDeadline.of(rs.getObject("implementation_due", LocalDate.class),
                    rs.getString("implementation_state"), today));
        });
        return deadlines;
    }

    /** Per recommendation, how many bodies are overdue or due soon; recommendations with none are left out. */
    @Transactional(readOnly = true)
    public Map<Long, DeadlineSummary> summaries(Collection<Long> recommendationIds, LocalDate today) {
        Map<Long, DeadlineSummary> summaries = new HashMap<>();
        if (recommendationIds.isEmpty()) {
            return summaries;
        }
        jdbc.sql("""
                select d.recommendation_id,
                  count(*) filter (where d.response_open and d.due_date < :today) as response_overdue,
                  count(*) filter (where d.response_open and d.due_date between :today and :soon) as response_due_soon,
                  count(*) filter (where d.implementation_state = 'OPEN' and d.implementation_due < :today) as implementation_overdue,
                  count(*) filter (where d.implementation_state = 'OPEN' and d.implementation_due between :today and :soon)
                    as implementation_due_soon
                from (""" + BODIES + " and a.recommendation_id in (:ids)) d group by d.recommendation_id")
                .param("ids", recommendationIds).param("today", today).param("soon", today.plusDays(DeadlineFlag.DUE_SOON_DAYS))
                .query(rs -> {
                    DeadlineSummary summary = new DeadlineSummary(rs.getLong("response_overdue"), rs.getLong("response_due_soon"),
                            rs.getLong("implementation_overdue"), rs.getLong("implementation_due_soon"));
                    if (summary.any()) {
                        summaries.put(rs.getLong("recommendation_id"), summary);
                    }
                });
        return summaries;
    }
}
