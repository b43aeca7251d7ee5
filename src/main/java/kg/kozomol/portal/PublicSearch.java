package kg.kozomol.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.tracker.TimelineKind;

/**
 * Full-text search over what is public (portal_search_public): Russian stems, Kyrgyz letters folded on both sides,
 * and, when nothing matches the words as typed, words spelled alike by trigram similarity.
 */
@Service
public class PublicSearch {

    /** The query functions of migration V41; chosen here, never taken from a request. */
    private static final String EXACT = "portal_query";
    private static final String ALIKE = "portal_fuzzy_query";

    private final JdbcClient jdbc;

    PublicSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public SearchResults search(SearchRequest request, PageRequest page) {
        if (request.isEmpty()) {
            return new SearchResults(request, new PageOf<>(List.of(), page.page(), page.size(), 0), List.of(), List.of(),
                    List.of(), false);
        }
        SearchResults exact = run(EXACT, request, page, false);
        return exact.hits().total() > 0 ? exact : run(ALIKE, request, page, true);
    }

    private SearchResults run(String function, SearchRequest request, PageRequest page, boolean alike) {
        Matches matches = matches(function, request);
        List<FacetCount> types = new ArrayList<>();
        List<FacetCount> themes = new ArrayList<>();
        List<FacetCount> bodies = new ArrayList<>();
        jdbc.sql(matches.sql() + """
                select 'type' as facet, h.type as value, count(*) as hits, null as name_ru, null as name_ky, null as name_en
                from hits h group by h.type
                union all
                select 'theme', t.id::text, count(*), t.name_ru, t.name_ky, t.name_en
                from hits h join portal_theme t on t.id = h.theme_id group by t.id, t.name_ru, t.name_ky, t.name_en
                union all
                select 'body', o.id::text, count(distinct (b.kind, b.source_id)), o.name_ru, o.name_ky, o.name_en
                from (select a.organisation_id, h.kind, h.source_id from hits h join portal_addressee a on a.id = h.addressee_id
                      union all
                      select a.organisation_id, h.kind, h.source_id from hits h
                      join portal_addressee a on a.recommendation_id = h.recommendation_id where h.kind = 'RECOMMENDATION') b
                join portal_organisation o on o.id = b.organisation_id group by o.id, o.name_ru, o.name_ky, o.name_en
                order by 3 desc, 4, 2
                """).params(matches.params()).query((rs, i) -> {
                    String facet = rs.getString("facet");
                    FacetCount count = new FacetCount(rs.getString("value"),
                            "type".equals(facet) ? null : PortalRows.name(rs, "name"), rs.getLong("hits"));
                    return switch (facet) {
                        case "type" -> types.add(count);
                        case "theme" -> themes.add(count);
                        default -> bodies.add(count);
                    };
                }).list();
        long total = types.stream().mapToLong(FacetCount::count).sum();
        List<SearchHit> hits = total == 0 ? List.of() : jdbc.sql(matches.sql() + """
                , page as (select * from hits order by rank desc, kind, source_id limit :limit offset :offset)
                select p.kind, p.source_id, p.type, p.brief_id, p.recommendation_id, p.addressee_id, p.withdrawn, d.lang,
                  b.title_ru as brief_ru, b.title_ky as brief_ky, r.reference, r.text_ru, r.text_ky, e.kind as entry_kind,
                """ + PortalRows.organisationColumns("o", "body") + """
                , h.fragment, substr(src.text, strpos(portal_headline_text(src.text), hb.bare), char_length(hb.bare)) as original
                from page p
                join portal_search_doc d on d.kind = p.kind and d.source_id = p.source_id and d.lang = p.lang
                join portal_brief b on b.id = p.brief_id
                left join portal_recommendation r on r.id = p.recommendation_id
                left join portal_addressee a on a.id = p.addressee_id
                left join portal_organisation o on o.id = a.organisation_id
                left join portal_timeline_entry e on p.kind = 'TIMELINE' and e.id = p.source_id
                cross join q
                cross join lateral (select coalesce(nullif(d.content, ''), d.title) as text) src
                cross join lateral (select ts_headline('russian', portal_headline_text(src.text), q.query, :options) as fragment) h
                cross join lateral (select replace(replace(h.fragment, chr(2), ''), chr(3), '') as bare) hb
                order by p.rank desc, p.kind, p.source_id
                """).params(matches.params()).param("limit", page.size()).param("offset", page.offset())
                .param("options", Snippets.OPTIONS).query(PublicSearch::hit).list();
        return new SearchResults(request, new PageOf<>(hits, page.page(), page.size(), total), types, themes, bodies, alike);
    }

    private record Matches(String sql, Map<String, Object> params) {}

    /** The matching public documents, one per record (its best-ranked language), as the CTE {@code hits}. */
    private static Matches matches(String function, SearchRequest request) {
        Map<String, Object> params = new HashMap<>();
        params.put("words", String.join(" ", request.words()));
        StringBuilder filters = new StringBuilder();
        if (request.type() != null) {
            filters.append(" and d.type = :type");
            params.put("type", request.type().name());
        }
        if (request.theme() != null) {
            filters.append(" and d.theme_id = :theme");
            params.put("theme", request.theme());
        }
        if (request.body() != null) {
            filters.append("""
                     and (d.addressee_id in (select a.id from portal_addressee a where a.organisation_id = :body)
                       or (d.kind = 'RECOMMENDATION' and exists (select 1 from portal_addressee a
                           where a.recommendation_id = d.recommendation_id and a.organisation_id = :body)))
                    """);
            params.put("body", request.body());
        }
        String sql = """
                with q as (select %s(string_to_array(cast(:words as text), ' ')) as query),
                hits as (
                  select distinct on (d.kind, d.source_id) d.kind, d.source_id, d.lang, d.type, d.brief_id, d.recommendation_id,
                    d.addressee_id, d.theme_id, d.withdrawn, ts_rank(d.tsv, q.query) as rank
                  from portal_search_public d, q
                  where d.tsv @@ q.query%s
                  order by d.kind, d.source_id, rank desc, d.lang)
                """.formatted(function, filters);
        return new Matches(sql, params);
    }

    private static SearchHit hit(ResultSet rs, int i) throws SQLException {
        String kind = rs.getString("kind");
        PublicBriefRef brief = new PublicBriefRef(rs.getLong("brief_id"), PortalRows.text(rs, "brief"), rs.getBoolean("withdrawn"));
        String reference = rs.getString("reference");
        PublicText text = reference == null ? null : PortalRows.text(rs, "text");
        long recommendation = rs.getLong("recommendation_id");
        String path = switch (kind) {
            case "BRIEF" -> brief.path();
            case "RECOMMENDATION" -> PortalPaths.recommendation(recommendation, reference, text);
            case "POSITION" -> PortalPaths.recommendation(recommendation, reference, text) + "#body-" + rs.getLong("addressee_id");
            default -> PortalPaths.recommendation(recommendation, reference, text) + "#entry-" + rs.getLong("source_id");
        };
        return new SearchHit(SearchType.valueOf(rs.getString("type")), path, brief, reference, text,
                PortalRows.organisation(rs, "body"), PortalRows.constant(TimelineKind.class, rs.getString("entry_kind")),
                Snippets.html(rs.getString("fragment"), rs.getString("original")), rs.getString("lang"),
                rs.getBoolean("withdrawn"));
    }
}
