package kg.kozomol.brief;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import kg.kozomol.files.FileAccessRule;
import kg.kozomol.files.StoredFile;
import kg.kozomol.platform.KozomolPrincipal;

/** A brief's annexes and evidence files may be read by whoever may read the brief. */
@Component
class BriefFileAccessRule implements FileAccessRule {

    private final JdbcClient jdbc;
    private final BriefRows rows;
    private final BriefAccess access;

    BriefFileAccessRule(JdbcClient jdbc, BriefRows rows, BriefAccess access) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.access = access;
    }

    @Override
    public boolean supports(StoredFile file) {
        return BriefAnnexes.PURPOSE.equals(file.purpose()) || BriefAnnexes.EVIDENCE_PURPOSE.equals(file.purpose());
    }

    @Override
    public boolean canRead(StoredFile file, KozomolPrincipal user) {
        Optional<Long> briefId = jdbc.sql("""
                select brief_id from brief_annex where file_id = :file
                union
                select f.brief_id from evidence_item e join finding_evidence fe on fe.evidence_id = e.id
                  join brief_finding f on f.id = fe.finding_id where e.file_id = :file
                limit 1
                """).param("file", file.id()).query(Long.class).optional();
        if (briefId.isEmpty()) {
            // Stored but not yet linked: only the organisation that uploaded it.
            return user != null && file.organisationId() != null && user.isMemberOf(file.organisationId());
        }
        return rows.find(briefId.get()).map(brief -> access.canRead(brief, user)).orElse(false);
    }
}
