package kg.kozomol.collect.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import kg.kozomol.files.StoredFile;
import kg.kozomol.files.StoredFiles;
import kg.kozomol.platform.RecordRows;

/** The files of a form's current submissions as one ZIP, a folder per instance id as ODK Central lays them out. */
@Service
public class AttachmentExport {

    private final JdbcClient jdbc;
    private final StoredFiles files;
    private final TransactionTemplate readOnly;

    AttachmentExport(JdbcClient jdbc, StoredFiles files, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.files = files;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    record Row(long submissionId, String instanceId, String name, UUID fileId) {
    }

    public void write(long formId, OutputStream out, LongConsumer progress) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try {
            readOnly.executeWithoutResult(status -> {
                Set<Long> seen = new HashSet<>();
                try (var rows = jdbc.sql("""
                        select s.id as submission_id, s.instance_id, a.name, a.file_id from collect_submission s
                        join collect_attachment a on a.submission_id = s.id
                        where s.form_id = :form and s.current and a.file_id is not null order by s.id, a.name
                        """).param("form", formId).withFetchSize(500).query(RecordRows.of(Row.class)).stream()) {
                    rows.forEach(row -> {
                        StoredFile file = files.find(row.fileId()).orElseThrow();
                        try (InputStream in = files.open(file)) {
                            zip.putNextEntry(new ZipEntry(folder(row.instanceId()) + "/" + folder(row.name())));
                            in.transferTo(zip);
                            zip.closeEntry();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        if (seen.add(row.submissionId())) {
                            progress.accept(seen.size());
                        }
                    });
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        zip.finish();
    }

    /** Instance ids and file names as safe ZIP path parts: no separators, no way up. */
    static String folder(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return safe.equals("..") || safe.equals(".") || safe.isBlank() ? "_" : safe;
    }
}
