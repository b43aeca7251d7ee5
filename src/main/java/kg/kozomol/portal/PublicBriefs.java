package kg.kozomol.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;

/** Published briefs: lists, the latest ones, and one brief with its findings and evidence. */
@Service
public class PublicBriefs {

    private static final int EXCERPT = 280;
    private static final String SUMMARY = """
            select b.id, b.title_ru, b.title_ky, b.first_published_at, b.published_at, b.withdrawn,
              left(portal_plain(b.summary_ru), %1$d) as excerpt_ru, left(portal_plain(b.summary_ky), %1$d) as excerpt_ky,
              t.id as theme_id, t.code as theme_code, t.name_ru as theme_ru, t.name_ky as theme_ky, t.name_en as theme_en,
              %2$s,
              (select count(*) from portal_recommendation r where r.brief_id = b.id) as recommendations
            from portal_brief b
            join portal_organisation o on o.id = b.organisation_id
            left join portal_theme t on t.id = b.theme_id
            """.formatted(EXCERPT, PortalRows.organisationColumns("o", "organisation"));

    private final JdbcClient jdbc;
    private final PublicFindings findings;
    private final PublicFiles files;
    private final ZoneId zone;

    PublicBriefs(JdbcClient jdbc, PublicFindings findings, PublicFiles files,
            @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.jdbc = jdbc;
        this.findings = findings;
        this.files = files;
        this.zone = ZoneId.of(zone);
    }

    /** Newest first by first publication. */
    @Transactional(readOnly = true)
    public PageOf<PublicBriefSummary> list(PublicBriefFilter filter, PageRequest page) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!filter.withWithdrawn()) {
            clauses.add("not b.withdrawn");
        }
        if (filter.theme() != null) {
            clauses.add("b.theme_id = :theme");
            params.put("theme", filter.theme());
        }
        if (filter.organisation() != null) {
            clauses.add("b.organisation_id = :organisation");
            params.put("organisation", filter.organisation());
        }
        if (filter.year() != null) {
            clauses.add("b.first_published_at >= :yearStart and b.first_published_at < :yearEnd");
            params.put("yearStart", PortalRows.startOfYear(filter.year(), zone));
            params.put("yearEnd", PortalRows.startOfYear(filter.year() + 1, zone));
        }
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        if (!params.isEmpty()) {
            PortalRows.planForTheValues(jdbc);
        }
        long total = jdbc.sql("select count(*) from portal_brief b" + where).params(params).query(Long.class).single();
        List<PublicBriefSummary> items = total == 0 ? List.of() : jdbc.sql(SUMMARY + where
                        + " order by b.first_published_at desc, b.id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(PublicBriefs::summary).list();
        return new PageOf<>(items, page.page(), page.size(), total);
    }

    /** The most recently published briefs that have not been withdrawn. */
    @Transactional(readOnly = true)
    public List<PublicBriefSummary> latest(Long theme, int count) {
        return list(new PublicBriefFilter(theme, null, null, false), new PageRequest(1, count)).items();
    }

    @Transactional(readOnly = true)
    public Optional<PublicBrief> brief(long id) {
        return jdbc.sql("""
                select b.id, b.title_ru, b.title_ky, b.summary_ru, b.summary_ky, b.problem_ru, b.problem_ky, b.methodology_ru,
                  b.methodology_ky, b.study_reference, b.sample_size, b.sample_description, b.original_language,
                  b.published_version, b.first_published_at, b.published_at, b.withdrawn, b.withdrawn_at,
                  t.id as theme_id, t.code as theme_code, t.name_ru as theme_ru, t.name_ky as theme_ky, t.name_en as theme_en,
                """ + PortalRows.organisationColumns("o", "organisation") + """
                 from portal_brief b
                join portal_organisation o on o.id = b.organisation_id
                left join portal_theme t on t.id = b.theme_id
                where b.id = :id
                """).param("id", id).query((rs, i) -> new PublicBrief(rs.getLong("id"), PortalRows.text(rs, "title"),
                        PortalRows.text(rs, "summary"), PortalRows.text(rs, "problem"), PortalRows.text(rs, "methodology"),
                        rs.getString("study_reference"), rs.getObject("sample_size", Integer.class),
                        rs.getString("sample_description"), rs.getString("original_language"),
                        PortalRows.organisation(rs, "organisation"), PortalRows.theme(rs), rs.getInt("published_version"),
                        PortalRows.instant(rs, "first_published_at"), PortalRows.instant(rs, "published_at"),
                        rs.getBoolean("withdrawn"), PortalRows.instant(rs, "withdrawn_at"), List.of(), List.of()))
                .optional().map(b -> b.with(findings.ofBrief(id), annexes(id)));
    }

    /** The margin of error above which an estimate is flagged as not fit for policy decisions. */
    public java.math.BigDecimal policyGradeMargin() {
        return findings.policyGradeMargin();
    }

    private List<PublicFile> annexes(long briefId) {
        return jdbc.sql("select file_id from portal_annex where brief_id = :id order by created_at").param("id", briefId)
                .query(UUID.class).list().stream().flatMap(f -> files.readable(f).stream()).toList();
    }

    private static PublicBriefSummary summary(ResultSet rs, int i) throws SQLException {
        return new PublicBriefSummary(rs.getLong("id"), PortalRows.text(rs, "title"), PortalRows.text(rs, "excerpt"),
                PortalRows.organisation(rs, "organisation"), PortalRows.theme(rs), PortalRows.instant(rs, "first_published_at"),
                PortalRows.instant(rs, "published_at"), rs.getBoolean("withdrawn"), rs.getLong("recommendations"));
    }
}
