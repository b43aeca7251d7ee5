package kg.kozomol.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The sitemap of the public portal: lists, themes, state bodies that have been addressed, and every brief and
 * recommendation that is public and not withdrawn (withdrawn ones stay readable but are not promoted); and the
 * programme module's public pages, read like everything here through its portal views.
 */
@Service
public class PublicSitemap {

    /** The public programme register (the programme module's own path; each programme is {@code /p/programmes/ID}). */
    static final String PROGRAMMES = "/p/programmes";

    private final JdbcClient jdbc;

    PublicSitemap(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param absolute turns a site path into the absolute address search engines need */
    @Transactional(readOnly = true)
    public String xml(UnaryOperator<String> absolute) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : new String[] {"/", PortalPaths.BRIEFS, PortalPaths.RECOMMENDATIONS, PortalPaths.BODIES,
                PortalPaths.THEMES, PROGRAMMES}) {
            url(xml, absolute.apply(path), null);
        }
        jdbc.sql("select t.id, t.name_ru, t.name_ky, t.name_en from portal_theme t where t.active order by t.id")
                .query((rs, i) -> url(xml, absolute.apply(PortalPaths.theme(rs.getLong("id"), PortalRows.name(rs, "name"))), null))
                .list();
        jdbc.sql("""
                select o.id, o.name_ru, o.name_ky, o.name_en from portal_organisation o
                where exists (select 1 from portal_addressee a where a.organisation_id = o.id) order by o.id
                """).query((rs, i) -> url(xml, absolute.apply(PortalPaths.body(rs.getLong("id"), PortalRows.name(rs, "name"))), null))
                .list();
        jdbc.sql("select b.id, b.title_ru, b.title_ky, b.published_at from portal_brief b where not b.withdrawn order by b.id")
                .query((rs, i) -> url(xml, absolute.apply(PortalPaths.brief(rs.getLong("id"), PortalRows.text(rs, "title"))),
                        rs.getTimestamp("published_at")))
                .list();
        jdbc.sql("""
                select r.id, r.reference, r.text_ru, r.text_ky, greatest(r.updated_at, r.released_at) as changed
                from portal_recommendation r where not r.brief_withdrawn order by r.id
                """).query((rs, i) -> url(xml, absolute.apply(PortalPaths.recommendation(rs.getLong("id"),
                        rs.getString("reference"), PortalRows.text(rs, "text"))), rs.getTimestamp("changed")))
                .list();
        // A published evaluation is part of its programme's page, so it dates that page rather than adding one.
        jdbc.sql("""
                select p.id, (select max(e.published_at) from portal_programme_evaluation e where e.programme_id = p.id) as changed
                from portal_programme p order by p.id
                """).query((rs, i) -> url(xml, absolute.apply(PROGRAMMES + "/" + rs.getLong("id")), rs.getTimestamp("changed")))
                .list();
        return xml.append("</urlset>\n").toString();
    }

    private static StringBuilder url(StringBuilder xml, String location, Timestamp modified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(location, "UTF-8")).append("</loc>");
        if (modified != null) {
            Instant at = modified.toInstant();
            xml.append("<lastmod>").append(DateTimeFormatter.ISO_LOCAL_DATE.format(at.atOffset(ZoneOffset.UTC))).append("</lastmod>");
        }
        return xml.append("</url>\n");
    }
}
