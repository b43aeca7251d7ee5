package kg.kozomol.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
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

/** Uptake figures ({@link UptakeFigures}) overall, for one state body, for one theme, and per body. */
@Service
public class PublicUptake {

    private static final String FIGURES = """
            count(distinct a.recommendation_id) as recommendations,
            count(*) as addressed,
            count(*) filter (where a.position is not null or a.due_date < :today) as due,
            count(*) filter (where a.position is not null and a.position <> 'NO_RESPONSE') as answered,
            count(*) filter (where a.position in ('ACCEPTED', 'PARTIALLY_ACCEPTED', 'CLAIMED_IMPLEMENTED')) as accepted,
            count(*) filter (where a.self_report = 'COMPLETE') as self_reported_complete,
            count(*) filter (where a.assessment is not null) as assessed,
            count(*) filter (where a.assessment = 'COMPLETE') as assessed_complete,
            percentile_cont(0.5) within group (order by (a.first_response_at at time zone cast(:zone as text))::date
                - (a.clock_started_at at time zone cast(:zone as text))::date) as median_days
            """;

    private final JdbcClient jdbc;
    private final ZoneId zone;

    PublicUptake(JdbcClient jdbc, @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.jdbc = jdbc;
        this.zone = ZoneId.of(zone);
    }

    /** @param body only recommendations addressed to this body, or null; @param theme only this theme, or null */
    @Transactional(readOnly = true)
    public UptakeFigures figures(Long body, Long theme) {
        Where where = where(new UptakeFilter(body, theme, null));
        PortalRows.planForTheValues(jdbc);
        return jdbc.sql("select " + FIGURES + " from portal_addressee a" + where.sql()).params(where.params())
                .query(PublicUptake::figures).single();
    }

    /**
     * The uptake dashboard: the filtered figures overall, by body, by theme, by year of release and per quarter.
     * Shares with a denominator under {@link Share#MIN_CELL} are withheld by {@link Share}.
     */
    @Transactional(readOnly = true)
    public UptakeDashboard dashboard(UptakeFilter filter) {
        Where where = where(filter);
        PortalRows.planForTheValues(jdbc);
        UptakeFigures overall = jdbc.sql("select " + FIGURES + " from portal_addressee a" + where.sql())
                .params(where.params()).query(PublicUptake::figures).single();
        // Grouped by the output column: the same expression twice would carry two parameters Postgres cannot match.
        String year = "extract(year from a.released_at at time zone cast(:zone as text))::int";
        String quarter = "extract(quarter from a.released_at at time zone cast(:zone as text))::int";
        return new UptakeDashboard(filter, overall,
                groups(where, "o.id::text", PortalRows.organisationColumns("o", "name"),
                        " join portal_organisation o on o.id = a.organisation_id", "o.id, o.name_ru, o.name_ky, o.name_en",
                        "o.name_ru, o.id"),
                groups(where, "t.id::text", "t.name_ru as name_ru, t.name_ky as name_ky, t.name_en as name_en",
                        " join portal_theme t on t.id = a.theme_id", "t.id, t.name_ru, t.name_ky, t.name_en", "t.name_ru, t.id"),
                groups(where, year + "::text", null, "", "group_key", "group_key"),
                groups(where, year + " || '-' || " + quarter, null, "", "group_key", "group_key"));
    }

    private List<UptakeGroup> groups(Where where, String key, String names, String join, String groupBy, String orderBy) {
        return jdbc.sql("select " + FIGURES + ", " + key + " as group_key" + (names == null ? "" : ", " + names)
                + " from portal_addressee a" + join + where.sql() + " group by " + groupBy + " order by " + orderBy)
                .params(where.params())
                .query((rs, i) -> new UptakeGroup(rs.getString("group_key"), names == null ? null : PortalRows.name(rs, "name"),
                        figures(rs, i))).list();
    }

    private record Where(String sql, Map<String, Object> params) {}

    private Where where(UptakeFilter filter) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>(base());
        if (filter.body() != null) {
            clauses.add("a.organisation_id = :body");
            params.put("body", filter.body());
        }
        if (filter.theme() != null) {
            clauses.add("a.theme_id = :theme");
            params.put("theme", filter.theme());
        }
        if (filter.year() != null) {
            clauses.add("a.released_at >= :yearStart and a.released_at < :yearEnd");
            params.put("yearStart", PortalRows.startOfYear(filter.year(), zone));
            params.put("yearEnd", PortalRows.startOfYear(filter.year() + 1, zone));
        }
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }

    /** Every state body that has been addressed, by name. */
    @Transactional(readOnly = true)
    public List<BodyScorecard> byBody() {
        return jdbc.sql("select " + FIGURES + ", " + PortalRows.organisationColumns("o", "body") + """
                 from portal_addressee a join portal_organisation o on o.id = a.organisation_id
                group by o.id, o.name_ru, o.name_ky, o.name_en order by o.name_ru, o.id
                """).params(base())
                .query((rs, i) -> new BodyScorecard(PortalRows.organisation(rs, "body"), figures(rs, i))).list();
    }

    private Map<String, Object> base() {
        return Map.of("today", LocalDate.now(zone), "zone", zone.getId());
    }

    private static UptakeFigures figures(ResultSet rs, int i) throws SQLException {
        return new UptakeFigures(rs.getLong("recommendations"), rs.getLong("addressed"), rs.getLong("due"),
                rs.getLong("answered"), rs.getLong("accepted"), rs.getLong("self_reported_complete"), rs.getLong("assessed"),
                rs.getLong("assessed_complete"), rs.getObject("median_days", Double.class));
    }
}
