package kg.kozomol.brief;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;

/**
 * The store of evidence items. Other features (analyses, coded quotes, site audits) add their items here
 * through {@link #create}; findings then link to them.
 */
@Service
public class EvidenceItems {

    static final String ENTITY = "evidence_item";
    private static final String COLUMNS = """
            e.id, e.organisation_id, e.kind, e.title, e.content, e.file_id, e.url, e.source_reference, e.unweighted_n,
            e.margin_of_error, e.design_effect
            """;

    private static final java.util.regex.Pattern SAFE_URL = java.util.regex.Pattern.compile("^(https?://|mailto:)[^\\s<>\"]+$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EvidenceProperties properties;

    EvidenceItems(JdbcClient jdbc, AuditLog audit, EvidenceProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
    }

    @Transactional
    public EvidenceItem create(NewEvidence item) {
        if (item.kind() == null || item.title() == null || item.title().isBlank()) {
            throw new IllegalArgumentException("An evidence item needs a kind and a title");
        }
        if (item.url() != null && !item.url().isBlank() && !SAFE_URL.matcher(item.url().trim()).matches()) {
            throw new IllegalArgumentException("Evidence links must be http, https or mailto");
        }
        Precision precision = item.precision() == null ? new Precision(null, null, null) : item.precision();
        long id = jdbc.sql("""
                insert into evidence_item (organisation_id, kind, title, content, file_id, url, source_reference,
                  unweighted_n, margin_of_error, design_effect, created_by)
                values (:org, :kind, :title, :content, :file, :url, :source, :n, :moe, :deff, :by)
                returning id
                """)
                .param("org", item.organisationId()).param("kind", item.kind().name()).param("title", item.title().trim())
                .param("content", Briefs.plain(item.content())).param("file", item.fileId()).param("url", Briefs.plain(item.url()))
                .param("source", Briefs.plain(item.sourceReference())).param("n", precision.unweightedN())
                .param("moe", precision.marginOfError()).param("deff", precision.designEffect())
                .param("by", CurrentUser.get().map(KozomolPrincipal::id).orElse(null))
                .query(Long.class).single();
        EvidenceItem created = find(id).orElseThrow();
        audit.created(ENTITY, id, created);
        return created;
    }

    @Transactional(readOnly = true)
    public Optional<EvidenceItem> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from evidence_item e where e.id = :id").param("id", id)
                .query(EvidenceItems::map).optional();
    }

    @Transactional(readOnly = true)
    public List<EvidenceItem> ofFinding(long findingId) {
        return jdbc.sql("select " + COLUMNS + " from evidence_item e join finding_evidence f on f.evidence_id = e.id "
                + "where f.finding_id = :finding order by f.position, e.id").param("finding", findingId)
                .query(EvidenceItems::map).list();
    }

    /** The configured margin of error above which an estimate is not fit for policy decisions. */
    public BigDecimal policyGradeMargin() {
        return properties.policyGradeMargin();
    }

    public boolean belowPolicyGrade(EvidenceItem item) {
        return item.precision() != null && item.precision().belowPolicyGrade(policyGradeMargin());
    }

    static EvidenceItem map(ResultSet rs, int row) throws SQLException {
        return new EvidenceItem(rs.getLong("id"), rs.getObject("organisation_id", Long.class),
                EvidenceKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("content"),
                rs.getObject("file_id", UUID.class), rs.getString("url"), rs.getString("source_reference"),
                new Precision(rs.getObject("unweighted_n", Integer.class), rs.getBigDecimal("margin_of_error"),
                        rs.getBigDecimal("design_effect")));
    }
}
