package kg.kozomol.tracker;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.tracker.DashboardFigures.BodyFigures;
import kg.kozomol.tracker.DashboardFigures.GroupCount;
import kg.kozomol.tracker.DashboardFigures.OverdueItem;
import kg.kozomol.tracker.DashboardFigures.OverdueList;
import kg.kozomol.tracker.DashboardFigures.PositionCount;
import kg.kozomol.tracker.DashboardFigures.StatusCount;

/**
 * The coordinator's figures across all CSOs, bodies and themes. Every count, rate and median is computed by
 * PostgreSQL, a handful of queries per page whatever the number of recommendations.
 */
@Service
public class TrackerDashboard {

    /** Overdue lists show this many of the longest overdue; the total is shown too. */
    static final int OVERDUE_ROWS = 100;

    /** Positions in the order of the vocabulary (DOMAIN.md), not alphabetically in some collation. */
    private static final String POSITION_ORDER = java.util.Arrays.stream(Position.values())
            .map(p -> "'" + p.name() + "'").collect(java.util.stream.Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final ZoneId zone;

    TrackerDashboard(JdbcClient jdbc, @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.jdbc = jdbc;
        this.zone = ZoneId.of(zone);
    }

    @Transactional(readOnly = true)
    public DashboardFigures figures(DashboardFilter filter, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        params.put("zone", zone.getId());
        String and = conditions(filter, params);
        List<StatusCount> byStatus = new ArrayList<>();
        List<GroupCount> byTheme = new ArrayList<>();
        List<GroupCount> byOrganisation = new ArrayList<>();
        jdbc.sql("""
                select grouping(r.status) = 0 as by_status, grouping(r.theme_id) = 0 as by_theme, r.status, r.theme_id,
                       r.organisation_id, count(*) as total, count(*) filter (where r.status = 'RELEASED') as released
                from recommendation r where true %s
                group by grouping sets ((r.status), (r.theme_id), (r.organisation_id))
                order by total desc, r.status, r.theme_id, r.organisation_id
                """.formatted(and)).params(params).query(rs -> {
                    if (rs.getBoolean("by_status")) {
                        byStatus.add(new StatusCount(RecommendationStatus.valueOf(rs.getString("status")), rs.getLong("total")));
                    } else if (rs.getBoolean("by_theme")) {
                        byTheme.add(new GroupCount(rs.getObject("theme_id", Long.class), rs.getLong("total"), rs.getLong("released")));
                    } else {
                        byOrganisation.add(new GroupCount(rs.getLong("organisation_id"), rs.getLong("total"), rs.getLong("released")));
                    }
                });
        return new DashboardFigures(byStatus, byPosition(and, params), byTheme, byOrganisation, bodies(and, params),
                responseOverdue(and, params), implementationOverdue(and, params));
    }

    /** The years that have recommendations, newest first, for the filter. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return jdbc.sql("""
                select distinct extract(year from coalesce(released_at, created_at) at time zone :zone)::int as year
                from recommendation order by year desc
                """).param("zone", zone.getId()).query(Integer.class).list();
    }

    private List<PositionCount> byPosition(String and, Map<String, Object> params) {
        return jdbc.sql("""
                select a.position, count(*) as total, round(100.0 * count(*) / sum(count(*)) over (), 1)::double precision as share
                from addressee a join recommendation r on r.id = a.recommendation_id
                where r.status = 'RELEASED' %s
                group by a.position order by array_position(array[%s]::text[], a.position) nulls last
                """.formatted(and, POSITION_ORDER)).params(params)
                .query((rs, i) -> new PositionCount(rs.getString("position") == null ? null : Position.valueOf(rs.getString("position")),
                        rs.getLong("total"), rs.getDouble("share"))).list();
    }

    /** Days to respond run from the release (or, for a body added later, from its addressing) to the first position. */
    private List<BodyFigures> bodies(String and, Map<String, Object> params) {
        return jdbc.sql("""
                with addressed as (
                  select a.id, a.organisation_id, a.due_date,
                         (greatest(r.released_at, a.created_at) at time zone :zone)::date as addressed_on
                  from addressee a join recommendation r on r.id = a.recommendation_id
                  where r.status = 'RELEASED' %s
                ), first_answer as (
                  select p.addressee_id, min(p.released_at) as answered_at from state_position p
                  where p.status <> 'DRAFT' and p.addressee_id in (select id from addressed) group by p.addressee_id
                ), counted as (
                  select d.organisation_id, count(*) as addressed, count(f.addressee_id) as answered,
                         count(*) filter (where f.addressee_id is null and d.due_date < :today) as overdue,
                         percentile_cont(0.5) within group (
                           order by ((f.answered_at at time zone :zone)::date - d.addressed_on)::double precision) as median_days
                  from addressed d left join first_answer f on f.addressee_id = d.id
                  group by d.organisation_id
                )
                select organisation_id, addressed, answered, overdue, median_days,
                       round(100.0 * answered / nullif(answered + overdue, 0), 1)::double precision as response_rate
                from counted order by addressed desc, organisation_id
                """.formatted(and)).params(params)
                .query((rs, i) -> new BodyFigures(rs.getLong("organisation_id"), rs.getLong("addressed"), rs.getLong("answered"),
                        rs.getLong("overdue"), rs.getObject("response_rate", Double.class), rs.getObject("median_days", Double.class)))
                .list();
    }

    private OverdueList responseOverdue(String and, Map<String, Object> params) {
        return overdue("""
                select r.id as recommendation_id, r.reference, a.id as addressee_id, a.organisation_id, a.due_date,
                       :today - a.due_date as days_overdue, null as latest_completion, count(*) over () as total
                from addressee a join recommendation r on r.id = a.recommendation_id
                where r.status = 'RELEASED' and (a.position is null or a.position = 'NO_RESPONSE') and a.due_date < :today %s
                order by a.due_date, r.reference, a.id limit %d
                """.formatted(and, OVERDUE_ROWS), params);
    }

    private OverdueList implementationOverdue(String and, Map<String, Object> params) {
        return overdue("""
                select d.recommendation_id, d.reference, d.addressee_id, d.organisation_id, d.implementation_due as due_date,
                       :today - d.implementation_due as days_overdue, d.latest_completion, count(*) over () as total
                from (%s %s) d where d.implementation_state = 'OPEN' and d.implementation_due < :today
                order by d.implementation_due, d.reference, d.addressee_id limit %d
                """.formatted(Deadlines.BODIES, and, OVERDUE_ROWS), params);
    }

    private OverdueList overdue(String sql, Map<String, Object> params) {
        long[] total = {0};
        List<OverdueItem> items = jdbc.sql(sql).params(params).query((rs, i) -> {
            total[0] = rs.getLong("total");
            String completion = rs.getString("latest_completion");
            return new OverdueItem(rs.getLong("recommendation_id"), rs.getString("reference"), rs.getLong("addressee_id"),
                    rs.getLong("organisation_id"), rs.getObject("due_date", LocalDate.class), rs.getLong("days_overdue"),
                    completion == null ? null : Completion.valueOf(completion));
        }).list();
        return new OverdueList(items, total[0]);
    }

    /** The filter as {@code and} clauses on the recommendation {@code r}. */
    private String conditions(DashboardFilter filter, Map<String, Object> params) {
        StringBuilder and = new StringBuilder();
        if (filter.scope() != null) {
            and.append(" and r.organisation_id in (:scope)");
            params.put("scope", filter.scope().isEmpty() ? List.of(-1L) : filter.scope());
        }
        if (filter.organisationId() != null) {
            and.append(" and r.organisation_id = :organisation");
            params.put("organisation", filter.organisationId());
        }
        if (filter.themeId() != null) {
            and.append(" and r.theme_id = :theme");
            params.put("theme", filter.themeId());
        }
        if (filter.year() != null) {
            and.append(" and extract(year from coalesce(r.released_at, r.created_at) at time zone :zone) = :year");
            params.put("year", filter.year());
        }
        return and.toString();
    }
}
