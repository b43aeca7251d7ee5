package kg.kozomol.tracker.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefAccess;
import kg.kozomol.files.FileUpload;
import kg.kozomol.files.FileVisibility;
import kg.kozomol.files.StoredFile;
import kg.kozomol.files.StoredFiles;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.tables.RawTable;
import kg.kozomol.tables.TableFileException;
import kg.kozomol.tables.TableFiles;
import kg.kozomol.tracker.Addressee;
import kg.kozomol.tracker.Addressees;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.Recommendations;
import kg.kozomol.tracker.TrackerAccess;

/**
 * Bulk import of a brief's recommendations from CSV or XLSX. The upload is kept in the file store (its limits and
 * type sniffing apply); a validation pass reports every problem or previews what would happen; the import itself
 * runs the pass again and then every change through {@link Recommendations}, in one transaction: all or nothing,
 * with the tracker's rules and the audit log as in the forms.
 */
@Service
public class RecommendationImport {

    public static final String PURPOSE = "tracker.import";
    static final String XLSX = TableFiles.XLSX;
    private static final Set<String> TYPES = Set.of("text/plain", "text/csv", XLSX);
    /** The first key of the advisory lock that lets one import at a time run into a brief. */
    private static final int LOCK_NAMESPACE = 0x1e_c0_1a;

    /** Told how far the import is; may throw to stop it, which rolls everything back. */
    public interface Progress {
        void done(long done, long total);
    }

    private final BriefAccess briefs;
    private final TrackerAccess access;
    private final Recommendations recommendations;
    private final Addressees addressees;
    private final StoredFiles files;
    private final ImportWords words;
    private final ImportProperties properties;
    private final JdbcClient jdbc;

    RecommendationImport(BriefAccess briefs, TrackerAccess access, Recommendations recommendations, Addressees addressees,
            StoredFiles files, ImportWords words, ImportProperties properties, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.briefs = briefs;
        this.access = access;
        this.recommendations = recommendations;
        this.addressees = addressees;
        this.files = files;
        this.words = words;
        this.properties = properties;
    }

    /** The brief to import into: 404 when the user cannot see it, 403 when they may not import into it. */
    public Brief brief(long briefId, KozomolPrincipal user) {
        Brief brief = briefs.readable(briefId, user);
        if (!access.canImport(user, brief.organisationId())) {
            throw new AccessDeniedException("may not import into brief " + briefId);
        }
        return brief;
    }

    /** Keeps an upload for the import; throws {@link kg.kozomol.files.FileRejectedException} for a refused one. */
    public StoredFile store(Brief brief, String name, InputStream content) {
        return files.store(new FileUpload(PURPOSE, name, content, TYPES, properties.maxBytes(), FileVisibility.OWNER,
                brief.organisationId()));
    }

    /** The user's own import upload, while it is kept. */
    public Optional<StoredFile> upload(String id, KozomolPrincipal user) {
        try {
            return files.find(UUID.fromString(id))
                    .filter(f -> PURPOSE.equals(f.purpose()) && Objects.equals(f.uploadedBy(), user.id()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** A file that fails the validation pass is not kept: the next try is a new upload. */
    public void discard(StoredFile file) {
        files.delete(file);
    }

    /** The validation pass: reads the file and compares it with the brief's recommendations; writes nothing. */
    @Transactional(readOnly = true)
    public ImportCheck check(Brief brief, StoredFile file) {
        if (brief.withdrawn()) {
            return ImportCheck.refused(ImportProblem.of(0, null, "tracker.import.briefWithdrawn"));
        }
        RawTable table;
        try {
            table = read(file);
        } catch (ImportFileException e) {
            return ImportCheck.refused(ImportProblem.of(0, null, e.messageKey(), e.args()));
        }
        ImportVocabulary vocabulary = words.now();
        Map<String, Recommendation> byReference = recommendations.byReferences(ImportValidator.references(table, vocabulary));
        List<Recommendation> ofBrief = recommendations.allOfBrief(brief.id());
        Set<Long> ids = new HashSet<>();
        ofBrief.forEach(r -> ids.add(r.id()));
        Map<Long, List<Addressee>> bodies = addressees.forRecommendations(ids);
        var destination = new ImportValidator.Destination(brief.id(), Math.max(1, brief.publishedVersion()), brief.organisationId());
        var existing = new ImportValidator.Existing(byReference, ofBrief, bodies);
        return new ImportValidator(vocabulary, destination, existing, recommendations.today()).check(table);
    }

    /**
     * Runs the validation pass again (the data may have changed since the preview) and, when it passes, every row:
     * all in this one transaction. The upload is deleted with the commit. Imports into one brief take turns, so the
     * same file confirmed twice at once cannot create its rows twice: the second finds them there.
     *
     * @throws ImportRefusedException when the pass finds problems now
     */
    @Transactional
    public ImportResult apply(Brief brief, StoredFile file, Progress progress) {
        jdbc.sql("select pg_advisory_xact_lock(:namespace, :brief)").param("namespace", LOCK_NAMESPACE)
                .param("brief", (int) brief.id()).query((rs, i) -> 1).list();
        ImportCheck check = check(brief, file);
        if (!check.ok()) {
            throw new ImportRefusedException(check);
        }
        List<PlannedRow> changes = check.changes();
        long done = 0;
        progress.done(0, changes.size());
        for (PlannedRow row : changes) {
            if (row.action() == ImportAction.NEW) {
                recommendations.create(row.draft());
            } else {
                recommendations.update(row.recommendationId(), row.version(), row.draft());
            }
            progress.done(++done, changes.size());
        }
        files.delete(file);
        return new ImportResult(check.count(ImportAction.NEW), check.count(ImportAction.UPDATE),
                check.count(ImportAction.UNCHANGED));
    }

    /** Whether an import of this many changes runs as a background job rather than in the request. */
    public boolean runsAsJob(ImportCheck check) {
        return check.changes().size() > properties.inlineRows();
    }

    private RawTable read(StoredFile file) {
        try {
            return TableFiles.read(files.open(file), file.contentType(), properties.maxRows());
        } catch (TableFileException e) {
            throw new ImportFileException("tracker.import.file." + e.reason().key(), e.args());
        } catch (NoSuchFileException e) {
            throw new ImportFileException("tracker.import.fileGone");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
