package kg.kozomol.brief;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.Role;

/** The SQL of briefs: reading rows and the list query with its visibility rule. */
@Repository
class BriefRows {

    private static final String COLUMNS = """
            id, organisation_id, theme_id, original_language, status, title_ru, title_ky, summary_ru, summary_ky,
            problem_ru, problem_ky, methodology_ru, methodology_ky, study_reference, sample_size, sample_description,
            published_version, created_at, updated_at, demo, version
            """;

    /** The same moment the portal's {@code portal_brief} view (V46) waits for. */
    private static final String PAST_EMBARGO = "(b.embargo_until is null or b.embargo_until <= now())";

    private final JdbcClient jdbc;

    BriefRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Brief> find(long id) {
        List<Long> authors = jdbc.sql("select user_id from brief_author where brief_id = :id order by user_id")
                .param("id", id).query(Long.class).list();
        return jdbc.sql("select " + COLUMNS + " from brief where id = :id").param("id", id)
                .query((rs, row) -> map(rs, authors)).optional();
    }

    List<Long> reviewerIds(long briefId) {
        return jdbc.sql("select user_id from brief_reviewer where brief_id = :id").param("id", briefId).query(Long.class).list();
    }

    /** Published, but not for anyone outside the organisation yet. */
    boolean underEmbargo(long id) {
        return jdbc.sql("select exists (select 1 from brief b where b.id = :id and not " + PAST_EMBARGO + ")").param("id", id)
                .query(Boolean.class).single();
    }

    PageOf<BriefSummary> search(BriefFilter filter, KozomolPrincipal user, PageRequest page) {
        StringBuilder where = new StringBuilder(" where (:status::text is null or b.status = :status)"
                + " and (:theme::bigint is null or b.theme_id = :theme) and (:org::bigint is null or b.organisation_id = :org)");
        Map<String, Object> params = new HashMap<>();
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("theme", filter.themeId());
        params.put("org", filter.organisationId());
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.COORDINATOR)) {
            where.append(" and (b.status in ('PUBLISHED', 'WITHDRAWN') and " + PAST_EMBARGO + " or b.organisation_id in (:orgs)"
                    + " or exists (select 1 from brief_reviewer r where r.brief_id = b.id and r.user_id = :user))");
            params.put("orgs", user.organisationIds().isEmpty() ? List.of(-1L) : user.organisationIds());
            params.put("user", user.id());
        }
        long total = jdbc.sql("select count(*) from brief b" + where).params(params).query(Long.class).single();
        List<BriefSummary> items = jdbc.sql("""
                select b.id, b.title_ru, b.title_ky, b.organisation_id, b.theme_id, b.status, b.published_version,
                       b.updated_at, b.demo
                from brief b""" + where + " order by b.updated_at desc, b.id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, row) -> new BriefSummary(rs.getLong("id"), new Bilingual(rs.getString("title_ru"),
                        rs.getString("title_ky")), rs.getLong("organisation_id"), rs.getLong("theme_id"),
                        BriefStatus.valueOf(rs.getString("status")), rs.getInt("published_version"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getBoolean("demo")))
                .list();
        return new PageOf<>(items, page.page(), page.size(), total);
    }

    private static Brief map(ResultSet rs, List<Long> authors) throws SQLException {
        return new Brief(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("theme_id"),
                rs.getString("original_language"), BriefStatus.valueOf(rs.getString("status")),
                bilingual(rs, "title"), bilingual(rs, "summary"), bilingual(rs, "problem"),
                new Methodology(bilingual(rs, "methodology"), rs.getString("study_reference"),
                        rs.getObject("sample_size", Integer.class), rs.getString("sample_description")),
                authors, rs.getInt("published_version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getBoolean("demo"), rs.getInt("version"));
    }

    private static Bilingual bilingual(ResultSet rs, String column) throws SQLException {
        return new Bilingual(rs.getString(column + "_ru"), rs.getString(column + "_ky"));
    }
}
