package kg.kozomol.brief;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.files.FileUpload;
import kg.kozomol.files.FileVisibility;
import kg.kozomol.files.StoredFile;
import kg.kozomol.files.StoredFiles;

/** Files attached to a brief (annexes) and uploaded evidence files. */
@Service
public class BriefAnnexes {

    public static final String PURPOSE = "brief.annex";
    public static final String EVIDENCE_PURPOSE = "brief.evidence";
    public static final Set<String> ALLOWED_TYPES = Set.of("image/png", "image/jpeg", "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final StoredFiles files;
    private final Briefs briefs;
    private final AuditLog audit;

    BriefAnnexes(JdbcClient jdbc, StoredFiles files, Briefs briefs, AuditLog audit) {
        this.jdbc = jdbc;
        this.files = files;
        this.briefs = briefs;
        this.audit = audit;
    }

    /** Stores the file as visible to the organisation only, while the brief is not public. */
    public StoredFile store(long briefId, String purpose, String name, InputStream content) {
        Brief brief = briefs.require(briefId);
        brief.ensureNotWithdrawn();
        return files.store(new FileUpload(purpose, name, content, ALLOWED_TYPES, MAX_BYTES, FileVisibility.ORGANISATION,
                brief.organisationId()));
    }

    @Transactional
    public StoredFile attach(long briefId, String name, InputStream content) {
        StoredFile file = store(briefId, PURPOSE, name, content);
        jdbc.sql("insert into brief_annex (brief_id, file_id) values (:brief, :file)").param("brief", briefId)
                .param("file", file.id()).update();
        audit.created("brief_annex", briefId + "/" + file.id(), Map.of("briefId", briefId, "fileId", file.id()));
        return file;
    }

    @Transactional(readOnly = true)
    public List<StoredFile> of(long briefId) {
        return jdbc.sql("select file_id from brief_annex where brief_id = :brief order by created_at")
                .param("brief", briefId).query(java.util.UUID.class).list()
                .stream().map(id -> files.find(id).orElseThrow()).toList();
    }
}
