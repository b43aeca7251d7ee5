package kg.kozomol.portal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import kg.kozomol.brief.EvidenceItem;
import kg.kozomol.brief.EvidenceItems;
import kg.kozomol.brief.EvidenceKind;
import kg.kozomol.brief.Precision;

/** Findings with their evidence, for a brief's page and a recommendation's chain of evidence; two queries either way. */
@Component
class PublicFindings {

    private static final String COLUMNS = "f.id, f.brief_id, f.position, f.title_ru, f.title_ky, f.text_ru, f.text_ky";

    private final JdbcClient jdbc;
    private final PublicFiles files;
    private final EvidenceItems evidence;

    PublicFindings(JdbcClient jdbc, PublicFiles files, EvidenceItems evidence) {
        this.jdbc = jdbc;
        this.files = files;
        this.evidence = evidence;
    }

    List<PublicFinding> ofBrief(long briefId) {
        return withEvidence(jdbc.sql("select " + COLUMNS + " from portal_finding f where f.brief_id = :brief order by f.position, f.id")
                .param("brief", briefId).query(PublicFindings::finding).list());
    }

    List<PublicFinding> citedBy(long recommendationId) {
        return withEvidence(jdbc.sql("select " + COLUMNS + """
                 from portal_recommendation_finding rf join portal_finding f on f.id = rf.finding_id
                where rf.recommendation_id = :id order by f.position, f.id
                """).param("id", recommendationId).query(PublicFindings::finding).list());
    }

    /** The margin of error above which an estimate is flagged as not fit for policy decisions. */
    BigDecimal policyGradeMargin() {
        return evidence.policyGradeMargin();
    }

    private List<PublicFinding> withEvidence(List<PublicFinding> findings) {
        if (findings.isEmpty()) {
            return findings;
        }
        Map<Long, List<EvidenceItem>> byFinding = new LinkedHashMap<>();
        findings.forEach(f -> byFinding.put(f.id(), new ArrayList<>()));
        List<Row> rows = jdbc.sql("""
                select e.finding_id, e.id, e.kind, e.title, e.content, e.file_id, e.url, e.source_reference, e.unweighted_n,
                       e.margin_of_error, e.design_effect
                from portal_evidence e where e.finding_id in (:ids) order by e.finding_id, e.sort_order, e.id
                """).param("ids", byFinding.keySet()).query(PublicFindings::row).list();
        Set<UUID> readable = files.readable(rows.stream().map(r -> r.item().fileId()).toList());
        for (Row row : rows) {
            EvidenceItem item = row.item();
            byFinding.get(row.findingId()).add(new EvidenceItem(item.id(), null, item.kind(), item.title(), item.content(),
                    files.keepIfReadable(item.fileId(), readable), item.url(), item.sourceReference(), item.precision()));
        }
        return findings.stream().map(f -> new PublicFinding(f.id(), f.briefId(), f.position(), f.title(), f.text(),
                List.copyOf(byFinding.get(f.id())))).toList();
    }

    private record Row(long findingId, EvidenceItem item) {}

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("finding_id"), new EvidenceItem(rs.getLong("id"), null,
                EvidenceKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("content"),
                rs.getObject("file_id", UUID.class), rs.getString("url"), rs.getString("source_reference"),
                new Precision(rs.getObject("unweighted_n", Integer.class), rs.getBigDecimal("margin_of_error"),
                        rs.getBigDecimal("design_effect"))));
    }

    private static PublicFinding finding(ResultSet rs, int i) throws SQLException {
        return new PublicFinding(rs.getLong("id"), rs.getLong("brief_id"), rs.getInt("position"), PortalRows.text(rs, "title"),
                PortalRows.text(rs, "text"), List.of());
    }
}
