package kg.kozomol.portal;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The things public pages are organised by: themes, state bodies, issuing CSOs, years and SDG targets. */
@Service
public class PublicCatalog {

    private static final String THEME_COLUMNS =
            "t.id as theme_id, t.code as theme_code, t.name_ru as theme_ru, t.name_ky as theme_ky, t.name_en as theme_en";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    PublicCatalog(JdbcClient jdbc, @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.jdbc = jdbc;
        this.zone = ZoneId.of(zone);
    }

    /** Active themes with the number of briefs (not withdrawn) and released recommendations in each. */
    @Transactional(readOnly = true)
    public List<PublicThemeSummary> themes() {
        return jdbc.sql("select " + THEME_COLUMNS + """
                , (select count(*) from portal_brief b where b.theme_id = t.id and not b.withdrawn) as briefs,
                  (select count(*) from portal_recommendation r where r.theme_id = t.id) as recommendations
                from portal_theme t where t.active order by t.name_ru, t.id
                """).query((rs, i) -> new PublicThemeSummary(PortalRows.theme(rs), rs.getLong("briefs"),
                        rs.getLong("recommendations"))).list();
    }

    @Transactional(readOnly = true)
    public Optional<PublicTheme> theme(long id) {
        return jdbc.sql("select " + THEME_COLUMNS + " from portal_theme t where t.id = :id").param("id", id)
                .query((rs, i) -> PortalRows.theme(rs)).optional();
    }

    /** A state body, whether or not anything has been addressed to it yet. */
    @Transactional(readOnly = true)
    public Optional<PublicOrganisation> body(long id) {
        return jdbc.sql("select " + PortalRows.organisationColumns("o", "body")
                        + " from portal_organisation o where o.id = :id and o.kind = 'STATE_BODY'").param("id", id)
                .query((rs, i) -> PortalRows.organisation(rs, "body")).optional();
    }

    @Transactional(readOnly = true)
    public List<PublicTheme> activeThemes() {
        return jdbc.sql("select " + THEME_COLUMNS + " from portal_theme t where t.active order by t.name_ru, t.id")
                .query((rs, i) -> PortalRows.theme(rs)).list();
    }

    @Transactional(readOnly = true)
    public TrackerChoices trackerChoices() {
        List<PublicTheme> themes = activeThemes();
        List<Integer> years = jdbc.sql("""
                select (select extract(year from released_at at time zone cast(:zone as text))::int from portal_recommendation
                        order by released_at limit 1) as first,
                       (select extract(year from released_at at time zone cast(:zone as text))::int from portal_recommendation
                        order by released_at desc limit 1) as last
                """).param("zone", zone.getId())
                .query((rs, i) -> newestFirst(rs.getObject("first", Integer.class), rs.getObject("last", Integer.class)))
                .single();
        List<PublicSdg> sdgs = jdbc.sql("select code, goal, name_ru, name_ky, name_en from sdg_target order by goal, length(code), code")
                .query((rs, i) -> new PublicSdg(rs.getString("code"), rs.getInt("goal"), PortalRows.name(rs, "name"))).list();
        return new TrackerChoices(organisations("STATE_BODY"), themes, organisations("CSO"), years, sdgs);
    }

    private static List<Integer> newestFirst(Integer first, Integer last) {
        return first == null ? List.of() : IntStream.rangeClosed(first, last).map(y -> first + last - y).boxed().toList();
    }

    private List<PublicOrganisation> organisations(String kind) {
        return jdbc.sql("select " + PortalRows.organisationColumns("o", "org")
                        + " from portal_organisation o where o.kind = :kind and o.active order by o.name_ru, o.id")
                .param("kind", kind).query((rs, i) -> PortalRows.organisation(rs, "org")).list();
    }
}
