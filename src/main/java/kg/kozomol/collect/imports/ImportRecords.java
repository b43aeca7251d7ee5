package kg.kozomol.collect.imports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.FormVersion;
import kg.kozomol.files.StoredFile;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;

/**
 * The record of each import, made before its first submission is stored (each names it) and audited once it is done:
 * one audit entry says which file brought how many submissions into which form, for all the submissions it created.
 */
@Component
class ImportRecords {

    static final String ENTITY = "collect_import";

    /** What the audit log keeps of an import. */
    record Imported(long id, long formId, String formVersion, String fileName, Long importedBy, long rows, long added,
            long present, long repeated, long generated) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ImportRecords(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long start(CollectForm form, FormVersion version, StoredFile file) {
        return jdbc.sql("""
                insert into collect_import (form_id, form_version, file_name, imported_by) values (:form, :formVersion, :file, :user)
                returning id
                """).param("form", form.id()).param("formVersion", version.formVersion()).param("file", file.originalName())
                .param("user", CurrentUser.get().map(KozomolPrincipal::id).orElse(null)).query(Long.class).single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void finish(long id, ImportReport report) {
        Imported imported = jdbc.sql("""
                update collect_import set row_count = :rows, added = :added where id = :id
                returning id, form_id, form_version, file_name, imported_by
                """).param("rows", report.rows()).param("added", report.added()).param("id", id)
                .query((rs, i) -> new Imported(rs.getLong("id"), rs.getLong("form_id"), rs.getString("form_version"),
                        rs.getString("file_name"), rs.getObject("imported_by", Long.class), report.rows(), report.added(),
                        report.present(), report.repeated(), report.generated()))
                .single();
        audit.created(ENTITY, id, imported);
    }
}
