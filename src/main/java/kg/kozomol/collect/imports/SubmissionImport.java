package kg.kozomol.collect.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.collect.AnswerCheck;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.FormData;
import kg.kozomol.collect.FormVersion;
import kg.kozomol.collect.Forms;
import kg.kozomol.collect.ImportedSubmission;
import kg.kozomol.collect.Submissions;
import kg.kozomol.files.FileUpload;
import kg.kozomol.files.FileVisibility;
import kg.kozomol.files.StoredFile;
import kg.kozomol.files.StoredFiles;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.tables.TableFileException;
import kg.kozomol.tables.TableFiles;

/**
 * Bringing a KoboToolbox or ODK Central export (CSV or XLSX) into a form's submissions. The upload is kept in the file
 * store; a validation pass reads it through and reports every problem by row and column, or how many submissions it
 * would add; the import reads it again and stores every row as submission XML through {@link Submissions}, in one
 * transaction that any problem rolls back whole, under one record of the import and its one audit entry. Instance ids
 * already present are skipped, so running it again adds nothing.
 */
@Service
public class SubmissionImport {

    public static final String PURPOSE = "collect.import";
    public static final String JOB_TYPE = SubmissionImportJob.TYPE;
    private static final Set<String> TYPES = Set.of("text/plain", "text/csv", TableFiles.XLSX);
    /** The first key of the advisory lock that lets one import at a time run into a form. */
    private static final int LOCK_NAMESPACE = 0xc0_11_1e;
    private static final int LOOKUP_BATCH = 5000;

    /** Told how many rows are done; may throw to stop, which rolls everything back. */
    public interface Progress {
        void done(long done);
    }

    private final Forms forms;
    private final Submissions submissions;
    private final StoredFiles files;
    private final SubmissionImportProperties properties;
    private final JdbcClient jdbc;
    private final ImportRecords records;

    SubmissionImport(Forms forms, Submissions submissions, StoredFiles files, SubmissionImportProperties properties, JdbcClient jdbc,
            ImportRecords records) {
        this.records = records;
        this.forms = forms;
        this.submissions = submissions;
        this.files = files;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** Keeps an upload for the import; throws {@link kg.kozomol.files.FileRejectedException} for a refused one. */
    public StoredFile store(long organisationId, String name, InputStream content) {
        return files.store(new FileUpload(PURPOSE, name, content, TYPES, properties.maxBytes(), FileVisibility.OWNER, organisationId));
    }

    /** The user's own import upload, while it is kept. */
    public Optional<StoredFile> upload(String id, KozomolPrincipal user) {
        try {
            return files.find(UUID.fromString(id)).filter(f -> PURPOSE.equals(f.purpose()) && Objects.equals(f.uploadedBy(), user.id()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public void discard(StoredFile file) {
        files.delete(file);
    }

    /** The validation pass: writes nothing. */
    @Transactional(readOnly = true)
    public ImportReport check(CollectForm form, StoredFile file, boolean generateIds) {
        ImportReport.Tally tally = new ImportReport.Tally();
        List<String> pending = new ArrayList<>();
        boolean empty = submissions.none(form.id());
        try {
            FormVersion version = forms.version(form.id(), form.currentVersion()).orElseThrow();
            ExportLayout layout = new ExportLayout(forms.model(version.id()), submissions.importData(version));
            read(layout, file, generateIds, tally, (row, instanceId, generated, entry) -> {
                if (tally.repeats(row, instanceId)) {
                    return;
                }
                tally.generated += generated ? 1 : 0;
                pending.add(instanceId);
                if (pending.size() == LOOKUP_BATCH) {
                    count(form, empty, pending, tally);
                }
            });
        } catch (Refused e) {
            return ImportReport.refused(e.problem);
        }
        count(form, empty, pending, tally);
        return tally.report();
    }

    /**
     * Stores every row in this one transaction; the upload is deleted with the commit. Imports into one form take
     * turns, so the same file confirmed twice at once adds its rows once.
     *
     * @throws ImportRefusedException at the first problem, rolling back what was stored before it
     */
    @Transactional
    public ImportReport apply(CollectForm form, StoredFile file, boolean generateIds, Progress progress) {
        jdbc.sql("select pg_advisory_xact_lock(:namespace, :form)").param("namespace", LOCK_NAMESPACE).param("form", (int) form.id())
                .query((rs, i) -> 1).list();
        boolean startedEmpty = submissions.none(form.id());
        FormVersion version = forms.version(form.id(), form.currentVersion()).orElseThrow();
        FormData data = submissions.importData(version);
        ExportLayout layout = new ExportLayout(forms.model(version.id()), data);
        ImportReport.Tally tally = new ImportReport.Tally();
        Written written = new Written();
        long importId = records.start(form, version, file);
        try {
            // The file is read and the XML built on a thread of its own; this one, holding the transaction, writes.
            Handover.<List<ImportedSubmission>>run("collect-import-" + form.id(), 2, out -> {
                ImportBatch batch = new ImportBatch(properties.batchRows(), out);
                InstanceXml instances = new InstanceXml(layout.model());
                AnswerCheck check = AnswerCheck.of(layout.model(), data);
                read(layout, file, generateIds, tally, (row, instanceId, generated, entry) -> {
                    if (tally.problemCount() > 0) {
                        throw new ImportRefusedException(tally.report());
                    }
                    // Counted apart and never stored (the first row wins), as the check pass says.
                    if (tally.repeats(row, instanceId)) {
                        return;
                    }
                    InstanceXml.Built built = instances.build(instanceId, entry);
                    batch.add(submissions.prepareImported(check, built.xml(), built.parsed(), built.answers()));
                    tally.generated += generated ? 1 : 0;
                });
                if (tally.problemCount() > 0) {
                    throw new ImportRefusedException(tally.report());
                }
                batch.flush();
            }, pending -> {
                written.rows += pending.size();
                written.added += submissions.storeImported(form, version, importId, startedEmpty, pending);
                progress.done(written.rows);
            });
        } catch (Refused e) {
            throw new ImportRefusedException(ImportReport.refused(e.problem));
        } catch (DuplicateKeyException e) {
            // A phone sent a submission with an id from the file after the batch looked the ids up.
            throw new ImportRefusedException(ImportReport.refused(RowProblem.of("", 0, null, "arrivedMeanwhile")));
        }
        tally.added += written.added;
        tally.present += written.rows - written.added;
        ImportReport report = tally.report();
        records.finish(importId, report);
        files.delete(file);
        return report;
    }

    /** What the background job needs to run the import of a checked upload. */
    public static java.util.Map<String, Object> jobParams(CollectForm form, StoredFile file, boolean generateIds, long rows) {
        return SubmissionImportJob.params(form, file, generateIds, rows);
    }

    /** Whether an import of this many rows runs as a background job rather than in the request. */
    public boolean runsAsJob(ImportReport report) {
        return report.rows() > properties.inlineRows();
    }

    private void count(CollectForm form, boolean empty, List<String> pending, ImportReport.Tally tally) {
        long present = empty ? 0 : submissions.present(form.id(), Set.copyOf(pending)).size();
        tally.present += present;
        tally.added += pending.size() - present;
        pending.clear();
    }

    private void read(ExportLayout layout, StoredFile file, boolean generateIds, ImportReport.Tally tally, ExportRows.Sink sink) {
        Path temp = null;
        try {
            temp = Files.createTempFile("kozomol-import-", ".part");
            try (InputStream in = files.open(file)) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            // The file is read twice (repeat sheets, then the main sheet): its character set is told once.
            TableFiles.Source source = new ReadAhead(TableFiles.source(temp, file.contentType()));
            new ExportRows(layout, generateIds, tally).read(source, sink);
        } catch (TableFileException e) {
            throw new Refused(RowProblem.of("", 0, null, "file." + e.reason().key(),
                    java.util.Arrays.stream(e.args()).map(String::valueOf).toArray(String[]::new)));
        } catch (NoSuchFileException e) {
            throw new Refused(RowProblem.of("", 0, null, "fileGone"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a temp file left behind is cleaned by the OS
            }
        }
    }

    /** What the writing thread has stored so far. */
    private static final class Written {
        long rows;
        long added;
    }

    private static final class Refused extends RuntimeException {
        private final transient RowProblem problem;

        Refused(RowProblem problem) {
            super(problem.key(), null, false, false);
            this.problem = problem;
        }
    }
}
