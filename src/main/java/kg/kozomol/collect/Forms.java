package kg.kozomol.collect;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.collect.xlsform.XlsForms;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.RecordRows;
import kg.kozomol.platform.RowCache;

/**
 * The forms of each study: uploading an XLSForm (a new form, or a new version of one with the same form id),
 * and reading back the model, the XForm served to phones and the original workbook. Versions never change once stored.
 */
@Service
public class Forms implements RowCache {

    static final String ENTITY = "collect_form";
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final String SELECT = """
            select f.id, f.study_id, f.xml_form_id, f.title, f.current_version_id, v.form_version as current_version, v.md5, f.updated_at, f.version
            from collect_form f join collect_form_version v on v.id = f.current_version_id
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<Long, FormModel> models = new ConcurrentHashMap<>();
    private final Map<VersionKey, FormVersion> versions = new ConcurrentHashMap<>();
    /** Forms by study and form id, as every phone request names one; an upload (the only change to a form) drops it. */
    private final CommittedCache<FormKey, CollectForm> byFormId = new CommittedCache<>(100_000);

    private record VersionKey(long formId, String formVersion) {
    }

    private record FormKey(long studyId, String xmlFormId) {
    }

    Forms(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the audit log keeps of an upload: not the bytes, which stay in the version row. */
    record Uploaded(long formId, String xmlFormId, String formVersion, String title, String md5, String xlsxName) {
    }

    /**
     * Reads the workbook and, when it is a valid form, stores it as a new form or a new version of the study's form
     * with the same id. The result carries the problems otherwise (nothing is stored then).
     *
     * @throws kg.kozomol.collect.xlsform.XlsFormFileException when the file is not a readable XLSX
     */
    @Transactional
    public ImportedForm upload(long studyId, String fileName, byte[] xlsx, KozomolPrincipal user) {
        ImportedForm imported = XlsForms.read(xlsx, fallbackId(fileName), LocalDateTime.now(clock).format(VERSION));
        if (!imported.valid()) {
            return imported;
        }
        FormModel model = imported.model();
        byFormId.invalidate(new FormKey(studyId, model.formId()));
        Optional<CollectForm> existing = read(new FormKey(studyId, model.formId()));
        if (existing.isPresent() && versionExists(existing.get().id(), model.version())) {
            return versionExists(model);
        }
        // Two uploads of the same new form at once: the second waits for the first, then finds its row and goes on as
        // a new version of it, so neither meets a unique violation.
        Optional<Long> created = existing.isPresent() ? Optional.empty() : jdbc.sql("""
                insert into collect_form (study_id, xml_form_id, title, created_by) values (:study, :xmlFormId, :title, :by)
                on conflict (study_id, xml_form_id) do nothing returning id
                """).param("study", studyId).param("xmlFormId", model.formId()).param("title", model.title())
                .param("by", user.id()).query(Long.class).optional();
        if (existing.isEmpty() && created.isEmpty()) {
            existing = read(new FormKey(studyId, model.formId()));
        }
        long formId = created.isPresent() ? created.get() : existing.orElseThrow().id();
        String md5 = md5(imported.xform());
        Optional<Long> inserted = jdbc.sql("""
                insert into collect_form_version (form_id, form_version, title, xlsx_name, xlsx, xform, md5, created_by)
                values (:form, :formVersion, :title, :name, :xlsx, :xform, :md5, :by)
                on conflict (form_id, form_version) do nothing returning id
                """).param("form", formId).param("formVersion", model.version()).param("title", model.title())
                .param("name", fileName == null || fileName.isBlank() ? model.formId() + ".xlsx" : fileName)
                .param("xlsx", xlsx).param("xform", imported.xform()).param("md5", md5).param("by", user.id())
                .query(Long.class).optional();
        if (inserted.isEmpty()) {
            return versionExists(model);
        }
        long versionId = inserted.get();
        jdbc.sql("""
                update collect_form set current_version_id = :versionId, title = :title, updated_at = now(), version = version + 1
                where id = :id
                """).param("versionId", versionId).param("title", model.title()).param("id", formId).update();
        Uploaded uploaded = new Uploaded(formId, model.formId(), model.version(), model.title(), md5, fileName);
        if (existing.isPresent()) {
            audit.updated(ENTITY, formId, existing.get(), uploaded);
        } else {
            audit.created(ENTITY, formId, uploaded);
        }
        models.put(versionId, model);
        versions.remove(new VersionKey(formId, model.version()));
        return imported;
    }

    @Transactional(readOnly = true)
    public List<CollectForm> ofStudy(long studyId) {
        return jdbc.sql(SELECT + " where f.study_id = :study order by f.title, f.id").param("study", studyId)
                .query(RecordRows.of(CollectForm.class)).list();
    }

    /** The forms of several studies at once, for the overview page. */
    @Transactional(readOnly = true)
    public List<CollectForm> ofStudies(List<Long> studyIds) {
        if (studyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where f.study_id in (:studies) order by f.updated_at desc, f.id").param("studies", studyIds)
                .query(RecordRows.of(CollectForm.class)).list();
    }

    @Transactional(readOnly = true)
    public Optional<CollectForm> find(long id) {
        return jdbc.sql(SELECT + " where f.id = :id").param("id", id).query(RecordRows.of(CollectForm.class)).optional();
    }

    /**
     * The study's form with this form id, as it was last committed. Every phone request names one, so it is remembered
     * until the next upload of that form id, and a read needs no transaction of its own.
     */
    public Optional<CollectForm> byXmlFormId(long studyId, String xmlFormId) {
        return byFormId.get(new FormKey(studyId, xmlFormId), this::read);
    }

    private Optional<CollectForm> read(FormKey key) {
        return jdbc.sql(SELECT + " where f.study_id = :study and f.xml_form_id = :xmlFormId").param("study", key.studyId())
                .param("xmlFormId", key.xmlFormId()).query(RecordRows.of(CollectForm.class)).optional();
    }

    @Transactional(readOnly = true)
    public List<FormVersion> versions(long formId) {
        return jdbc.sql("""
                select id, form_id, form_version, title, xlsx_name, md5, created_at from collect_form_version
                where form_id = :form order by id desc
                """).param("form", formId).query(RecordRows.of(FormVersion.class)).list();
    }

    /** The exact XForm bytes of a version, whose MD5 the form list announces. */
    @Transactional(readOnly = true)
    public byte[] xform(long versionId) {
        return jdbc.sql("select xform from collect_form_version where id = :id").param("id", versionId).query(byte[].class).single();
    }

    @Transactional(readOnly = true)
    public byte[] xlsx(long versionId) {
        return jdbc.sql("select xlsx from collect_form_version where id = :id").param("id", versionId).query(byte[].class).single();
    }

    /**
     * The model of a stored version; versions never change, so it is read from the workbook once per run. One
     * statement at most, so no transaction of its own: every submission asks.
     */
    public FormModel model(long versionId) {
        return models.computeIfAbsent(versionId, id -> XlsForms.read(xlsx(id), "data", "0").model());
    }

    /**
     * The version of a form with this version string, as a submission names it. Versions never change once stored, so
     * each is read once per run (one a form does not have yet is asked for again: it may be uploaded). One statement at
     * most, so no transaction of its own: every submission asks.
     */
    public Optional<FormVersion> version(long formId, String formVersion) {
        VersionKey key = new VersionKey(formId, formVersion);
        FormVersion known = versions.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<FormVersion> found = jdbc.sql("""
                select id, form_id, form_version, title, xlsx_name, md5, created_at from collect_form_version
                where form_id = :form and form_version = :formVersion
                """).param("form", formId).param("formVersion", formVersion).query(RecordRows.of(FormVersion.class)).optional();
        found.ifPresent(version -> versions.put(key, version));
        return found;
    }

    @Override
    public void forgetAll() {
        byFormId.clear();
        versions.clear();
        models.clear();
    }

    private static ImportedForm versionExists(FormModel model) {
        return new ImportedForm(model, null, List.of(new FormProblem("settings", 0, "version", "", "versionExists",
                List.of(model.version()))));
    }

    private boolean versionExists(long formId, String formVersion) {
        return version(formId, formVersion).isPresent();
    }

    /** pyxform names a form after its file when the settings sheet gives no id. */
    static String fallbackId(String fileName) {
        String base = fileName == null ? "" : fileName.replaceAll("(?i)\\.xlsx$", "").replaceAll("[^\\p{L}\\p{N}_.\\-]", "_");
        return base.isEmpty() || !Character.isLetter(base.charAt(0)) && base.charAt(0) != '_' ? "form_" + base : base;
    }

    public static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
