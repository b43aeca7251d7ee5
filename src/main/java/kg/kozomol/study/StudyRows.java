package kg.kozomol.study;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.Role;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of studies: reading rows with their team, and the list query with its visibility rule. */
@Repository
class StudyRows {

    private static final String COLUMNS = """
            s.id, s.organisation_id, s.theme_id, s.title_ru, s.title_ky, s.objectives,
            array_to_string(s.methods, ',') as methods, s.target_population, array_to_string(s.oblasts, ',') as oblasts,
            s.period_start, s.period_end, s.instruments::text as instruments, s.ethics, s.status, s.revision,
            s.created_at, s.updated_at, s.demo, s.version
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    StudyRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Study> find(long id) {
        List<TeamMember> team = jdbc.sql("""
                select m.user_id, u.full_name, m.role from study_member m join app_user u on u.id = m.user_id
                where m.study_id = :id order by m.role, u.full_name
                """).param("id", id).query((rs, row) -> new TeamMember(rs.getLong("user_id"), rs.getString("full_name"),
                StudyRole.valueOf(rs.getString("role")))).list();
        return jdbc.sql("select " + COLUMNS + " from study s where s.id = :id").param("id", id)
                .query((rs, row) -> map(rs, team)).optional();
    }

    /** Everyone reads studies in the field; drafts only their organisation, invited reviewers, coordinators and admins. */
    PageOf<StudySummary> search(StudyFilter filter, KozomolPrincipal user, PageRequest page) {
        StringBuilder where = new StringBuilder(" where (:status::text is null or s.status = :status)"
                + " and (:theme::bigint is null or s.theme_id = :theme) and (:org::bigint is null or s.organisation_id = :org)");
        Map<String, Object> params = new HashMap<>();
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("theme", filter.themeId());
        params.put("org", filter.organisationId());
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.COORDINATOR)) {
            where.append(" and (s.status in ('FIELDWORK', 'ANALYSIS', 'CLOSED') or s.organisation_id in (:orgs)"
                    + " or exists (select 1 from study_reviewer r where r.study_id = s.id"
                    + " and (r.user_id = :user or r.organisation_id in (:bodies))))");
            params.put("orgs", orNone(user.organisationIds()));
            params.put("user", user.id());
            params.put("bodies", orNone(user.memberships().stream().filter(m -> m.role() == Role.STATE_FOCAL_POINT)
                    .map(Membership::organisationId).toList()));
        }
        long total = jdbc.sql("select count(*) from study s" + where).params(params).query(Long.class).single();
        List<StudySummary> items = jdbc.sql("""
                select s.id, s.title_ru, s.title_ky, s.organisation_id, s.theme_id, s.status, s.revision, s.updated_at, s.demo,
                       (select count(*) from study_reviewer r where r.study_id = s.id and r.decision = 'ENDORSED') as endorsements
                from study s""" + where + " order by s.updated_at desc, s.id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, row) -> new StudySummary(rs.getLong("id"), rs.getString("title_ru"), rs.getString("title_ky"),
                        rs.getLong("organisation_id"), rs.getLong("theme_id"), StudyStatus.valueOf(rs.getString("status")),
                        rs.getInt("revision"), rs.getLong("endorsements"), rs.getTimestamp("updated_at").toInstant(),
                        rs.getBoolean("demo")))
                .list();
        return new PageOf<>(items, page.page(), page.size(), total);
    }

    private static java.util.Collection<Long> orNone(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private Study map(ResultSet rs, List<TeamMember> team) throws SQLException {
        return new Study(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("theme_id"), rs.getString("title_ru"),
                rs.getString("title_ky"), rs.getString("objectives"), codes(rs.getString("methods"), StudyMethod::valueOf),
                rs.getString("target_population"), codes(rs.getString("oblasts"), Oblast::valueOf),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                json.readValue(rs.getString("instruments"), new TypeReference<List<Instrument>>() {}), rs.getString("ethics"),
                team, StudyStatus.valueOf(rs.getString("status")), rs.getInt("revision"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getBoolean("demo"),
                rs.getInt("version"));
    }

    private static <E> List<E> codes(String joined, Function<String, E> parse) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(parse).toList();
    }
}
