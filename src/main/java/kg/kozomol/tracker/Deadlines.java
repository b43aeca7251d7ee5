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

    /** A body that has not released a position yet (the no-response sweep may have marked it NO_RESPONSE). */
    static final String RESPONSE_OPEN = "(a.position is null or a.position = 'NO_RESPONSE')";

    /**
     * A body still expected to implement: it did not reject or redirect the recommendation nor claim it done, and the
     * latest rating of either side is not complete, superseded or withdrawn.
     */
    static final String IMPLEMENTATION_OPEN = """
            (coalesce(a.position, '') not in ('REJECTED', 'REDIRECTED', 'CLAIMED_IMPLEMENTED')
             and coalesce(a.latest_completion, '') not in ('COMPLETE', 'SUPERSEDED', 'WITHDRAWN'))""";

    /**
     * One row per addressed body of a released recommendation, with its response state and its implementation
     * due date and state: NONE (rejected or redirected: nothing to implement), OPEN, or else CLOSED. Callers may
     * append {@code and} clauses on {@code a} and {@code r}, or select from it as a subquery.
     */
    static final String BODIES = """
            select a.id as addressee_id, a.recommendation_id, a.organisation_id, r.reference, a.due_date,
                   %s as response_open, a.implementation_due,
                   case when a.position in ('REJECTED', 'REDIRECTED') then 'NONE' when %s then 'OPEN' else 'CLOSED' end
                     as implementation_state,
                   a.latest_completion
            from addressee a join recommendation r on r.id = a.recommendation_id
            where r.status = 'RELEASED'
            """.formatted(RESPONSE_OPEN, IMPLEMENTATION_OPEN);

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
