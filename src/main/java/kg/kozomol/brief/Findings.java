package kg.kozomol.brief;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.NotFoundException;

/** The findings of a brief and the evidence each one rests on. */
@Service
public class Findings {

    static final String ENTITY = "brief_finding";

    private final JdbcClient jdbc;
    private final Briefs briefs;
    private final EvidenceItems evidence;
    private final BriefVersions versions;
    private final AuditLog audit;

    Findings(JdbcClient jdbc, Briefs briefs, EvidenceItems evidence, BriefVersions versions, AuditLog audit) {
        this.jdbc = jdbc;
        this.briefs = briefs;
        this.evidence = evidence;
        this.versions = versions;
        this.audit = audit;
    }

    @Transactional
    public Finding add(long briefId, FindingDraft draft) {
        Brief brief = briefs.require(briefId);
        brief.ensureNotWithdrawn();
        touch(brief);
        long id = jdbc.sql("""
                insert into brief_finding (brief_id, position, title_ru, title_ky, text_ru, text_ky)
                values (:brief, (select coalesce(max(position), 0) + 1 from brief_finding where brief_id = :brief),
                        :titleRu, :titleKy, :textRu, :textKy)
                returning id
                """)
                .param("brief", briefId).param("titleRu", Briefs.plain(draft.title().ru()))
                .param("titleKy", Briefs.plain(draft.title().ky())).param("textRu", RichText.sanitise(draft.text().ru()))
                .param("textKy", RichText.sanitise(draft.text().ky())).query(Long.class).single();
        Finding created = require(briefId, id);
        audit.created(ENTITY, id, created);
        if (brief.status() == BriefStatus.PUBLISHED) {
            versions.publish(briefId);
        }
        return created;
    }

    @Transactional
    public Finding update(long briefId, long findingId, int expectedVersion, FindingDraft draft) {
        Brief brief = briefs.require(briefId);
        brief.ensureNotWithdrawn();
        Finding before = require(briefId, findingId);
        int changed = jdbc.sql("""
                update brief_finding set title_ru = :titleRu, title_ky = :titleKy, text_ru = :textRu, text_ky = :textKy,
                  version = version + 1
                where id = :id and brief_id = :brief and version = :version
                """)
                .param("titleRu", Briefs.plain(draft.title().ru())).param("titleKy", Briefs.plain(draft.title().ky()))
                .param("textRu", RichText.sanitise(draft.text().ru())).param("textKy", RichText.sanitise(draft.text().ky()))
                .param("id", findingId).param("brief", briefId).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new kg.kozomol.platform.StaleRecordException(ENTITY + " " + findingId);
        }
        touch(brief);
        Finding after = require(briefId, findingId);
        audit.updated(ENTITY, findingId, before, after);
        if (brief.status() == BriefStatus.PUBLISHED) {
            versions.publish(briefId);
        }
        return after;
    }

    /** Adds an item to the store and links it to the finding. */
    @Transactional
    public EvidenceItem attach(long briefId, long findingId, NewEvidence item) {
        Brief brief = briefs.require(briefId);
        brief.ensureNotWithdrawn();
        require(briefId, findingId);
        EvidenceItem created = evidence.create(item);
        link(findingId, created.id());
        touch(brief);
        return created;
    }

    /** Links an item that already exists, e.g. one provided by an analysis. */
    @Transactional
    public void link(long findingId, long evidenceId) {
        jdbc.sql("""
                insert into finding_evidence (finding_id, evidence_id, position)
                values (:finding, :evidence, (select coalesce(max(position), 0) + 1 from finding_evidence where finding_id = :finding))
                on conflict do nothing
                """).param("finding", findingId).param("evidence", evidenceId).update();
        audit.created("finding_evidence", findingId + "/" + evidenceId, Map.of("findingId", findingId, "evidenceId", evidenceId));
    }

    @Transactional(readOnly = true)
    public List<Finding> of(long briefId) {
        return jdbc.sql("select id, brief_id, position, title_ru, title_ky, text_ru, text_ky, version from brief_finding "
                + "where brief_id = :brief order by position, id").param("brief", briefId)
                .query((rs, row) -> rs.getLong("id")).list().stream().map(id -> require(briefId, id)).toList();
    }

    @Transactional(readOnly = true)
    public Finding require(long briefId, long findingId) {
        return jdbc.sql("select id, brief_id, position, title_ru, title_ky, text_ru, text_ky, version from brief_finding "
                + "where id = :id and brief_id = :brief").param("id", findingId).param("brief", briefId)
                .query((rs, row) -> new Finding(rs.getLong("id"), rs.getLong("brief_id"), rs.getInt("position"),
                        new Bilingual(rs.getString("title_ru"), rs.getString("title_ky")),
                        new Bilingual(rs.getString("text_ru"), rs.getString("text_ky")),
                        evidence.ofFinding(rs.getLong("id")), rs.getInt("version")))
                .optional().orElseThrow(() -> new NotFoundException(ENTITY + " " + findingId));
    }

    /** A change to a finding is a change to its brief: concurrent edits of the brief notice it. */
    private void touch(Brief brief) {
        jdbc.sql("update brief set updated_at = now(), version = version + 1 where id = :id").param("id", brief.id()).update();
    }
}
