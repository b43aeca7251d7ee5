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
import tools.jackson.databind.json.JsonMapper;

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
    private final JsonMapper json;

    PublicSearch(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public SearchResults search(SearchRequest request, PageRequest page) {
        if (request.isEmpty()) {
            return new SearchResults(request, new PageOf<>(List.of(), page.page(), page.size(), 0), List.of(), List.of(),
                    List.of(), false);
        }
        PortalRows.planForTheValues(jdbc);
        SearchResults exact = run(EXACT, request, page, false);
        return exact.hits().total() > 0 ? exact : run(ALIKE, request, page, true);
    }

    private SearchResults run(String function, SearchRequest request, PageRequest page, boolean alike) {
        // The query is built first and then given as a value, so that the planner sees it and uses the text index.
        String query = jdbc.sql("select cast(" + function + "(string_to_array(cast(:words as text), ' ')) as text)")
                .param("words", String.join(" ", request.words())).query(String.class).single();
        if (query.isBlank()) {
            return new SearchResults(request, new PageOf<>(List.of(), page.page(), page.size(), 0), List.of(), List.of(),
                    List.of(), alike);
        }
        Matches matches = matches(query, request);
        // One statement: the matches are found once and give both the facet counts and the page.
        List<Row> rows = jdbc.sql(matches.sql() + """
                , facet_rows as (
                  select 'type' as facet, h.type as value, count(*) as hits, null as ru, null as ky, null as en
                  from hits h group by h.type
                  union all
                  select 'theme', t.id::text, count(*), t.name_ru, t.name_ky, t.name_en
                  from hits h join portal_theme t on t.id = h.theme_id group by t.id, t.name_ru, t.name_ky, t.name_en
                  union all
                  select 'body', o.id::text, b.hits, o.name_ru, o.name_ky, o.name_en
                  from (select unnest(h.body_ids) as body, count(*) as hits from hits h group by 1) b
                  join portal_organisation o on o.id = b.body),
                page as (select * from hits order by rank desc, kind, source_id limit :limit offset :offset)
                select (select json_agg(f order by f.hits desc, f.ru, f.value) from facet_rows f) as facets, x.*
                from (select 1) as one left join lateral (
                  select p.rank, p.kind, p.source_id, p.type, p.brief_id, p.recommendation_id, p.addressee_id, p.withdrawn, d.lang,
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
                  cross join lateral (select coalesce(nullif(d.content, ''), d.title) as text) src
                  cross join lateral (select ts_headline('russian', portal_headline_text(src.text), cast(:query as tsquery),
                                      :options) as fragment) h
                  cross join lateral (select replace(replace(h.fragment, chr(2), ''), chr(3), '') as bare) hb) x on true
                order by x.rank desc, x.kind, x.source_id
                """).params(matches.params()).param("limit", page.size()).param("offset", page.offset())
                .param("options", Snippets.OPTIONS).query(PublicSearch::row).list();
        Map<String, List<FacetCount>> facets = facets(rows.get(0).facets());
        List<FacetCount> types = facets.getOrDefault("type", List.of());
        long total = types.stream().mapToLong(FacetCount::count).sum();
        List<SearchHit> hits = rows.stream().map(Row::hit).filter(java.util.Objects::nonNull).toList();
        return new SearchResults(request, new PageOf<>(hits, page.page(), page.size(), total), types,
                facets.getOrDefault("theme", List.of()), facets.getOrDefault("body", List.of()), alike);
    }

    /** The facet counts, by facet, from the JSON rows of facet_rows (name in three languages; none for types). */
    @SuppressWarnings("unchecked")
    private Map<String, List<FacetCount>> facets(String text) {
        Map<String, List<FacetCount>> byFacet = new HashMap<>();
        if (text == null) {
            return byFacet;
        }
        for (Map<String, Object> f : (List<Map<String, Object>>) json.readValue(text, List.class)) {
            String facet = (String) f.get("facet");
            PublicName name = "type".equals(facet) ? null
                    : new PublicName((String) f.get("ru"), (String) f.get("ky"), (String) f.get("en"));
            byFacet.computeIfAbsent(facet, k -> new ArrayList<>())
                    .add(new FacetCount((String) f.get("value"), name, ((Number) f.get("hits")).longValue()));
        }
        return byFacet;
    }

    private record Row(String facets, SearchHit hit) {}

    private record Matches(String sql, Map<String, Object> params) {}

    /** The matching public documents, one per record (its best-ranked language), as the CTE {@code hits}. */
    private static Matches matches(String query, SearchRequest request) {
        Map<String, Object> params = new HashMap<>();
        params.put("query", query);
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
            filters.append(" and cast(:body as bigint) = any(d.body_ids)");
            params.put("body", request.body());
        }
        String sql = """
                with hits as (
                  select distinct on (d.kind, d.source_id) d.kind, d.source_id, d.lang, d.type, d.brief_id, d.recommendation_id,
                    d.addressee_id, d.body_ids, d.theme_id, d.withdrawn, ts_rank(d.tsv, cast(:query as tsquery)) as rank
                  from portal_search_public d
                  where d.tsv @@ cast(:query as tsquery)%s
                  order by d.kind, d.source_id, rank desc, d.lang)
                """.formatted(filters);
        return new Matches(sql, params);
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getString("facets"), rs.getString("kind") == null ? null : hit(rs));
    }

    private static SearchHit hit(ResultSet rs) throws SQLException {
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
