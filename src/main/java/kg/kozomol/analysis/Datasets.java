package kg.kozomol.analysis;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.collect.CollectForm;
import kg.kozomol.collect.SubmissionTable;
import kg.kozomol.files.FileUpload;
import kg.kozomol.files.FileVisibility;
import kg.kozomol.files.StoredFile;
import kg.kozomol.files.StoredFiles;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.stats.SurveyData;
import kg.kozomol.study.Study;
import kg.kozomol.tables.TableFiles;

/**
 * The datasets of studies: uploading one or taking one from a form's submissions, its column metadata, and reading
 * its rows from its source.
 */
@Service
public class Datasets {

    public static final String PURPOSE = "analysis.dataset";
    static final String ENTITY = "analysis_dataset";
    private static final Set<String> TYPES = Set.of("text/plain", "text/csv", TableFiles.XLSX);

    private final JdbcClient jdbc;
    private final StoredFiles files;
    private final UploadedDatasets uploads;
    private final SubmissionDatasets submissions;
    private final SubmissionTable submissionTable;
    private final Map<String, DatasetSource> sources;
    private final AnalysisProperties properties;
    private final AuditLog audit;

    Datasets(JdbcClient jdbc, StoredFiles files, UploadedDatasets uploads, SubmissionDatasets submissions,
            SubmissionTable submissionTable, List<DatasetSource> sources, AnalysisProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.files = files;
        this.uploads = uploads;
        this.submissions = submissions;
        this.submissionTable = submissionTable;
        this.sources = sources.stream().collect(Collectors.toMap(DatasetSource::kind, Function.identity()));
        this.properties = properties;
        this.audit = audit;
    }

    /**
     * Keeps the file and its column metadata, all or nothing: a file that cannot be read as a table is refused
     * ({@link AnalysisException}, or {@link kg.kozomol.files.FileRejectedException} for its type or size).
     */
    @Transactional
    public Dataset upload(Study study, String name, String fileName, InputStream content) {
        StoredFile file = files.store(new FileUpload(PURPOSE, fileName, content, TYPES, properties.maxBytes(),
                FileVisibility.ORGANISATION, study.organisationId()));
        DatasetTables.Read read = uploads.read(file);
        String title = name == null || name.isBlank() ? file.originalName() : name.strip();
        return insert(study, title, UploadedDatasets.KIND, file, read, null);
    }

    /**
     * A snapshot of the current submissions of one of the study's forms, kept as a file like an upload: later
     * submissions do not change it, and its page says when it was taken.
     */
    @Transactional
    public Dataset fromSubmissions(Study study, CollectForm form) {
        if (form.studyId() != study.id()) {
            throw new AnalysisException("analysis.submissions.noSuchForm");
        }
        SubmissionTable.Snapshot snapshot = submissionTable.take(form);
        if (snapshot.rows().isEmpty()) {
            throw new AnalysisException("analysis.submissions.none", form.title());
        }
        if (snapshot.columns().isEmpty()) {
            throw new AnalysisException("analysis.submissions.noColumns", form.title());
        }
        StoredFile file = files.store(new FileUpload(PURPOSE, form.xmlFormId() + ".csv",
                new ByteArrayInputStream(SubmissionDatasets.csv(snapshot)), TYPES, properties.maxBytes(),
                FileVisibility.ORGANISATION, study.organisationId()));
        DatasetTables.Read read = submissions.read(file, SubmissionDatasets.types(snapshot));
        SubmissionOrigin origin = new SubmissionOrigin(form.id(), snapshot.formVersion(),
                snapshot.takenAt().atOffset(ZoneOffset.UTC), snapshot.repeats());
        return insert(study, form.title(), SubmissionDatasets.KIND, file, read, origin);
    }

    private Dataset insert(Study study, String title, String source, StoredFile file, DatasetTables.Read read,
            SubmissionOrigin origin) {
        long id = jdbc.sql("""
                insert into analysis_dataset (study_id, organisation_id, name, source, file_id, row_count, form_id,
                  form_version, taken_at, left_out, created_by)
                values (:study, :org, :name, :source, :file, :rows, :form, :formVersion, :takenAt, :leftOut, :by)
                returning id
                """).param("study", study.id()).param("org", study.organisationId()).param("name", title)
                .param("source", source).param("file", file.id()).param("rows", read.data().rows())
                .param("form", origin == null ? null : origin.formId())
                .param("formVersion", origin == null ? null : origin.formVersion())
                .param("takenAt", origin == null ? null : origin.takenAt())
                .param("leftOut", origin == null ? null : String.join("\n", origin.repeatsLeftOut()))
                .param("by", CurrentUser.get().map(KozomolPrincipal::id).orElse(null)).query(Long.class).single();
        for (DatasetColumn column : read.columns()) {
            jdbc.sql("""
                    insert into analysis_dataset_column (dataset_id, position, name, type, missing, distinct_values)
                    values (:dataset, :position, :name, :type, :missing, :distinct)
                    """).param("dataset", id).param("position", column.position()).param("name", column.name())
                    .param("type", column.type().name()).param("missing", column.missing())
                    .param("distinct", column.distinctValues()).update();
        }
        Dataset created = find(id).orElseThrow();
        audit.created(ENTITY, id, created);
        return created;
    }

    @Transactional(readOnly = true)
    public Optional<Dataset> find(long id) {
        return jdbc.sql("select * from analysis_dataset where id = :id").param("id", id).query(this::map).optional();
    }

    @Transactional(readOnly = true)
    public List<Dataset> ofStudy(long studyId) {
        return jdbc.sql("select * from analysis_dataset where study_id = :study order by created_at desc, id desc")
                .param("study", studyId).query(this::map).list();
    }

    /** The dataset's rows, read by the source it came from. */
    public SurveyData data(Dataset dataset) {
        DatasetSource source = sources.get(dataset.source());
        if (source == null) {
            throw new IllegalStateException("No dataset source " + dataset.source());
        }
        return source.read(dataset);
    }

    private Dataset map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<DatasetColumn> columns = jdbc.sql("""
                select position, name, type, missing, distinct_values from analysis_dataset_column
                where dataset_id = :id order by position
                """).param("id", id).query((c, i) -> new DatasetColumn(c.getInt("position"), c.getString("name"),
                ColumnType.valueOf(c.getString("type")), c.getInt("missing"), c.getInt("distinct_values"))).list();
        Long formId = rs.getObject("form_id", Long.class);
        String leftOut = rs.getString("left_out");
        SubmissionOrigin origin = formId == null ? null : new SubmissionOrigin(formId, rs.getString("form_version"),
                rs.getObject("taken_at", OffsetDateTime.class),
                leftOut == null || leftOut.isEmpty() ? List.of() : List.of(leftOut.split("\n")));
        return new Dataset(id, rs.getLong("study_id"), rs.getLong("organisation_id"), rs.getString("name"),
                rs.getString("source"), rs.getObject("file_id", UUID.class), rs.getInt("row_count"), columns, origin,
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
