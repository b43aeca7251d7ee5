package kg.kozomol.tracker;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * PostgreSQL in four queries whatever the number of recommendations: one pass over the recommendations, one
 * over the addressed bodies, and the first rows of each overdue list read in due-date order from an index.
 */
@Service
public class TrackerDashboard {

    /** Overdue lists show this many of the longest overdue; the total is shown too. */
    static final int OVERDUE_ROWS = 50;

    /** Positions in the order of the vocabulary (DOMAIN.md), not alphabetically in some collation. */
    private static final String POSITION_ORDER = Arrays.stream(Position.values())
            .map(p -> "'" + p.name() + "'").collect(Collectors.joining(", "));

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
        List<PositionCount> byPosition = new ArrayList<>();
        List<BodyFigures> bodies = new ArrayList<>();
        long[] overdue = {0, 0};
        addressedBodies(and, params, byPosition, bodies, overdue);
        return new DashboardFigures(byStatus, byPosition, byTheme, byOrganisation, bodies,
                new OverdueList(responseOverdue(and, params), overdue[0]),
                new OverdueList(implementationOverdue(and, params), overdue[1]));
    }

    /** The years from the newest recommendation back to the oldest, for the filter. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return jdbc.sql("""
                select generate_series(extract(year from newest at time zone :zone)::int,
                                       extract(year from oldest at time zone :zone)::int, -1)
                from (select max(coalesce(released_at, created_at)) as newest, min(coalesce(released_at, created_at)) as oldest
                      from recommendation) span
                """).param("zone", zone.getId()).query(Integer.class).list();
    }

    /**
     * One pass over the bodies of released recommendations, grouped by position, by body and in all: counts with
     * each position's share, and per body the response rate (answered of answered plus overdue) and the median
     * days to respond, from the release (or, for a body added later, its addressing) to its first position
     * (kept with each body by {@link Addressees#refreshDerived}).
     */
    private void addressedBodies(String and, Map<String, Object> params, List<PositionCount> byPosition,
            List<BodyFigures> bodies, long[] overdueTotals) {
        jdbc.sql("""
                with grouped as (
                  select grouping(a.position) = 0 as by_position, grouping(a.organisation_id) = 0 as by_body,
                         a.position, a.organisation_id, count(*) as addressed, count(a.days_to_answer) as answered,
                         count(*) filter (where %1$s and a.due_date < :today) as response_overdue,
                         count(*) filter (where %2$s and a.implementation_due < :today) as implementation_overdue,
                         percentile_cont(0.5) within group (order by a.days_to_answer::double precision) as median_days
                  from addressee a join recommendation r on r.id = a.recommendation_id
                  where r.status = 'RELEASED' %3$s
                  group by grouping sets ((a.position), (a.organisation_id), ())
                )
                select by_position, by_body, position, organisation_id, addressed, answered, response_overdue,
                       implementation_overdue, median_days,
                       round(100.0 * answered / nullif(answered + response_overdue, 0), 1)::double precision as response_rate,
                       round(100.0 * addressed / nullif(max(addressed) over (), 0), 1)::double precision as share
                from grouped
                order by by_position desc, array_position(array[%4$s]::text[], position) nulls last,
                         addressed desc, organisation_id
                """.formatted(Deadlines.RESPONSE_OPEN, Deadlines.IMPLEMENTATION_OPEN, and, POSITION_ORDER))
                .params(params).query(rs -> {
                    if (rs.getBoolean("by_position")) {
                        String position = rs.getString("position");
                        byPosition.add(new PositionCount(position == null ? null : Position.valueOf(position),
                                rs.getLong("addressed"), rs.getDouble("share")));
                    } else if (rs.getBoolean("by_body")) {
                        bodies.add(new BodyFigures(rs.getLong("organisation_id"), rs.getLong("addressed"), rs.getLong("answered"),
                                rs.getLong("response_overdue"), rs.getLong("implementation_overdue"),
                                rs.getObject("response_rate", Double.class), rs.getObject("median_days", Double.class)));
                    } else {
                        overdueTotals[0] = rs.getLong("response_overdue");
                        overdueTotals[1] = rs.getLong("implementation_overdue");
                    }
                });
    }

    private List<OverdueItem> responseOverdue(String and, Map<String, Object> params) {
        return overdue("""
                select r.id as recommendation_id, r.reference, a.id as addressee_id, a.organisation_id, a.due_date,
                       :today - a.due_date as days_overdue, null as latest_completion
                from addressee a join recommendation r on r.id = a.recommendation_id
                where r.status = 'RELEASED' and %s and a.due_date < :today %s
                order by a.due_date, a.id limit %d
                """.formatted(Deadlines.RESPONSE_OPEN, and, OVERDUE_ROWS), params);
    }

    private List<OverdueItem> implementationOverdue(String and, Map<String, Object> params) {
        return overdue("""
                select r.id as recommendation_id, r.reference, a.id as addressee_id, a.organisation_id,
                       a.implementation_due as due_date, :today - a.implementation_due as days_overdue, a.latest_completion
                from addressee a join recommendation r on r.id = a.recommendation_id
                where r.status = 'RELEASED' and %s and a.implementation_due < :today %s
                order by a.implementation_due, a.id limit %d
                """.formatted(Deadlines.IMPLEMENTATION_OPEN, and, OVERDUE_ROWS), params);
    }

    private List<OverdueItem> overdue(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query((rs, i) -> {
            String completion = rs.getString("latest_completion");
            return new OverdueItem(rs.getLong("recommendation_id"), rs.getString("reference"), rs.getLong("addressee_id"),
                    rs.getLong("organisation_id"), rs.getObject("due_date", LocalDate.class), rs.getLong("days_overdue"),
                    completion == null ? null : Completion.valueOf(completion));
        }).list();
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
