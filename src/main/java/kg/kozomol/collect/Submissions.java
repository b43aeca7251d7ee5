package kg.kozomol.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.collect.review.StoredAnswers;
import kg.kozomol.files.FileUpload;
import kg.kozomol.files.FileVisibility;
import kg.kozomol.files.StoredFile;
import kg.kozomol.files.StoredFiles;
import kg.kozomol.platform.BulkCopy;
import kg.kozomol.platform.RecordRows;
import kg.kozomol.platform.RowCache;
import kg.kozomol.study.Studies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receiving submissions as ODK Central does: an instance id is stored once per form (a resend is recognised by the
 * unique key, never counted twice, and may bring attachments a split upload left out); the same instance id with
 * different XML is a conflict; an edit names the instance it replaces ({@code deprecatedID}) and must replace the
 * latest one.
 */
@Service
public class Submissions implements RowCache {

    static final String ENTITY = "collect_submission";
    public static final String FILE_PURPOSE = "collect-attachment";
    public static final Set<String> ATTACHMENT_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "image/gif", "image/heic",
            "audio/mpeg", "audio/mp4", "audio/x-m4a", "audio/amr", "audio/ogg", "audio/wav", "audio/x-wav", "audio/vnd.wave",
            "audio/3gpp", "video/3gpp", "video/mp4", "application/pdf", "text/plain", "text/csv", "application/octet-stream");

    private final JdbcClient jdbc;
    private final Forms forms;
    private final StoredFiles files;
    private final AuditLog audit;
    private final CollectProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final Consents consents;
    private final Studies studies;
    private final FormMedia media;
    private final BulkCopy bulk;
    /** Each study's organisation, which owns its phones' attachments: it never changes, so it is read once per run. */
    private final Map<Long, Long> organisations = new java.util.concurrent.ConcurrentHashMap<>();

    Submissions(JdbcClient jdbc, Forms forms, StoredFiles files, AuditLog audit, CollectProperties properties, JsonMapper json,
            Clock clock, Consents consents, Studies studies, FormMedia media, BulkCopy bulk) {
        this.media = media;
        this.bulk = bulk;
        this.consents = consents;
        this.studies = studies;
        this.jdbc = jdbc;
        this.forms = forms;
        this.files = files;
        this.audit = audit;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** What the audit log keeps of a submission; the XML stays in its row. */
    record Received(long id, long formId, String instanceId, String deprecatedId, String formVersion, Long appUserId,
            Long userId) {
    }

    /**
     * A phone's submission; its attachments belong to the study's organisation. {@code answers} are its stored answers,
     * the bytes {@link StoredAnswers#encode} makes of the XML (the OpenRosa reader makes them in its one pass).
     *
     * @throws SubmissionRefusedException with the HTTP status and message the phone gets
     */
    @Transactional
    public SubmissionReceipt receive(AppUser appUser, byte[] xml, SubmissionXml parsed, byte[] answers,
            List<IncomingAttachment> attachments) {
        long organisationId = organisations.computeIfAbsent(appUser.studyId(), study -> studies.organisationOf(study).orElseThrow());
        return receive(new Sender(appUser.studyId(), appUser.id(), null), organisationId, xml, parsed, answers, attachments, Map.of());
    }

    /**
     * A submission filled in on the web form: the same store and duplicate rules as a phone's, its files already
     * stored while the form was filled ({@code files}: answer file name to stored file).
     */
    @Transactional
    public SubmissionReceipt receiveFromWeb(long studyId, long userId, long organisationId, byte[] xml, SubmissionXml parsed,
            Map<String, UUID> files) {
        return receive(new Sender(studyId, null, userId), organisationId, xml, parsed, StoredAnswers.encode(xml), List.of(), files);
    }

    /** Who sent a submission: a phone's app user or a signed-in user of the web form. */
    private record Sender(long studyId, Long appUserId, Long userId) {
    }

    private SubmissionReceipt receive(Sender sender, long organisationId, byte[] xml, SubmissionXml parsed, byte[] answers,
            List<IncomingAttachment> attachments, Map<String, UUID> storedFiles) {
        for (IncomingAttachment attachment : attachments) {
            if (attachment.size() > properties.maxAttachmentBytes()) {
                throw new SubmissionRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "collect.openrosa.tooLarge",
                        attachment.name(), properties.maxAttachmentBytes() / (1024 * 1024));
            }
        }
        CollectForm form = forms.byXmlFormId(sender.studyId(), parsed.formId())
                .orElseThrow(() -> new SubmissionRefusedException(HttpStatus.NOT_FOUND, "collect.openrosa.unknownForm", parsed.formId()));
        String formVersion = parsed.formVersion() == null ? "" : parsed.formVersion();
        FormVersion version = forms.version(form.id(), formVersion)
                .orElseThrow(() -> new SubmissionRefusedException(HttpStatus.CONFLICT, "collect.openrosa.unknownVersion", formVersion));
        String md5 = Forms.md5(xml);
        FormModel model = forms.model(version.id());
        String root = parsed.instanceId();
        if (parsed.deprecatedId() != null) {
            // A resent edit must be recognised before the version it edits is retired (again, and refused as stale).
            Optional<Stored> existing = stored(form.id(), parsed.instanceId());
            if (existing.isPresent()) {
                return resent(existing.get(), md5, parsed, organisationId, attachments, Map.of());
            }
            Stored edited = stored(form.id(), parsed.deprecatedId())
                    .orElseThrow(() -> new SubmissionRefusedException(HttpStatus.NOT_FOUND, "collect.openrosa.unknownEdit"));
            if (jdbc.sql("update collect_submission set current = false, version = version + 1 where id = :id and current")
                    .param("id", edited.id()).update() == 0) {
                throw new SubmissionRefusedException(HttpStatus.CONFLICT, "collect.openrosa.staleEdit");
            }
            root = edited.rootInstanceId();
        }
        // The files the answers name are stored first, so that the submission, its audit entry and its attachment rows
        // are one statement. A refused submission leaves none of them (the rollback takes them); a resend deletes them.
        Set<String> expected = expectedFiles(model, parsed);
        Map<String, StoredFile> sent = new LinkedHashMap<>();
        for (IncomingAttachment attachment : attachments) {
            if (expected.contains(attachment.name()) && !storedFiles.containsKey(attachment.name()) && !sent.containsKey(attachment.name())) {
                sent.put(attachment.name(), store(attachment, organisationId));
            }
        }
        String[] names = expected.toArray(String[]::new);
        String[] fileIds = new String[names.length];
        int missing = 0;
        for (int i = 0; i < names.length; i++) {
            UUID file = storedFiles.containsKey(names[i]) ? storedFiles.get(names[i])
                    : sent.containsKey(names[i]) ? sent.get(names[i]).id() : null;
            fileIds[i] = file == null ? null : file.toString();
            missing += file == null ? 1 : 0;
        }
        AuditLog.Batched audited = audit.createdBy("submission", ENTITY, new Received(0, form.id(), parsed.instanceId(),
                parsed.deprecatedId(), version.formVersion(), sender.appUserId(), sender.userId()));
        // Insert first: a new instance (nearly every POST) costs no look-up; the unique key catches every resend, and
        // then nothing else is written either. Each file the answers name gets its row, with its file if it came.
        Optional<Long> inserted = jdbc.sql("""
                with submission as (
                  insert into collect_submission (form_id, instance_id, root_instance_id, deprecated_id, form_version, xml, xml_md5,
                    issues, app_user_id, submitted_by, answers)
                  values (:form, :instanceId, :root, :deprecatedId, :formVersion, :xml, :md5, cast(:issues as jsonb), :appUser, :user,
                    :answers)
                  on conflict (form_id, instance_id) do nothing
                  returning id
                ), attachment as (
                  insert into collect_attachment (submission_id, name, file_id)
                  select submission.id, t.name, cast(t.file_id as uuid)
                  from submission, unnest(cast(:names as text[]), cast(:fileIds as text[])) as t (name, file_id)
                )
                """ + audited.sql() + """
                select id from submission
                """).param("form", form.id()).param("instanceId", parsed.instanceId()).param("root", root)
                .param("deprecatedId", parsed.deprecatedId()).param("formVersion", version.formVersion()).param("xml", xml)
                .param("answers", answers)
                .param("md5", md5).param("issues", json.writeValueAsString(AnswerCheck.check(model, media.data(form.id(), model), parsed, clock)))
                .param("appUser", sender.appUserId()).param("user", sender.userId()).param("names", names)
                .param("fileIds", fileIds).params(audited.params()).query(Long.class).optional();
        if (inserted.isEmpty()) {
            // Stored before, or by a concurrent POST of the same instance that won the insert: this one is a resend.
            return resent(stored(form.id(), parsed.instanceId()).orElseThrow(), md5, parsed, organisationId, attachments, sent);
        }
        long id = inserted.get();
        consents.record(id, form.id(), version.formVersion(), model, parsed);
        return new SubmissionReceipt(id, false, missing);
    }

    /**
     * The same instance id again: accepted, never counted twice, when its XML is the same; it may bring missing files.
     * {@code stored} holds the copies of its files already stored; those it does not need are deleted again.
     */
    private SubmissionReceipt resent(Stored existing, String md5, SubmissionXml parsed, long organisationId,
            List<IncomingAttachment> attachments, Map<String, StoredFile> stored) {
        if (!existing.xmlMd5().equals(md5)) {
            throw new SubmissionRefusedException(HttpStatus.CONFLICT, "collect.openrosa.conflict", parsed.instanceId());
        }
        Set<String> missing = new LinkedHashSet<>(jdbc.sql("select name from collect_attachment where submission_id = :id and file_id is null")
                .param("id", existing.id()).query(String.class).list());
        Map<String, StoredFile> unused = new HashMap<>(stored);
        List<StoredFile> unreferenced = new ArrayList<>();
        for (IncomingAttachment attachment : attachments) {
            if (!missing.remove(attachment.name())) {
                continue;
            }
            StoredFile file = unused.containsKey(attachment.name()) ? unused.remove(attachment.name()) : store(attachment, organisationId);
            if (jdbc.sql("update collect_attachment set file_id = :file where submission_id = :id and name = :name and file_id is null")
                    .param("file", file.id()).param("id", existing.id()).param("name", attachment.name()).update() == 0) {
                unreferenced.add(file); // a concurrent resend attached its copy first
            }
        }
        unreferenced.addAll(unused.values());
        unreferenced.forEach(files::delete);
        return new SubmissionReceipt(existing.id(), true, missing.size());
    }

    /** The attached files an import into this version checks its rows against, loaded once for the whole import. */
    public FormData importData(FormVersion version) {
        return media.data(version.formId(), forms.model(version.id()));
    }

    /**
     * Makes an imported submission ready to store: its md5 and answer check against the model of the form version it
     * is stored as, worked out on any thread (reading no database: the caller has the model and the attached files) so
     * the import can do it while its transaction's thread writes the batch before.
     *
     * @param check the answer check of the form version, made once for the import with the attached files from
     *        {@link #importData}
     * @param answers the XML's stored answers, the bytes {@link StoredAnswers#encode} makes of it: the import writes them
     *        with the XML rather than read the XML it has just written
     */
    public ImportedSubmission prepareImported(AnswerCheck check, byte[] xml, SubmissionXml parsed, byte[] answers) {
        List<AnswerCheck.Issue> issues = check.check(parsed, clock);
        // Most rows pass: their "[]" costs no JSON writer.
        return new ImportedSubmission(xml, parsed, Forms.md5(xml), issues.isEmpty() ? "[]" : json.writeValueAsString(issues), answers);
    }

    /**
     * Stores submissions brought in by an import (no phone, no attachments) within the caller's transaction, checked as
     * a phone's would be, with PostgreSQL's COPY: a batch in a few statements. Each names its import, whose one audit
     * entry stands for them all.
     *
     * @param startedEmpty the form held no submissions when the import began and the import's batches hold distinct
     *        ids, so none can be present and the look-up is skipped: on a million rows it cost a quarter of PostgreSQL's time
     * @return how many were added; an instance id the form already holds (stored before, or by an earlier batch of the
     *         import), or met earlier in the batch, is skipped (the first one wins), so an import run again adds nothing
     * @throws org.springframework.dao.DuplicateKeyException when a submission with one of these ids arrived meanwhile
     *         (from a phone, after the look-up or after the import began): the caller's transaction must roll back
     */
    @Transactional
    public int storeImported(CollectForm form, FormVersion version, long importId, boolean startedEmpty, List<ImportedSubmission> batch) {
        Map<String, ImportedSubmission> fresh = new LinkedHashMap<>(batch.size() * 2);
        batch.forEach(submission -> fresh.putIfAbsent(submission.parsed().instanceId(), submission));
        if (!startedEmpty) {
            fresh.keySet().removeAll(present(form.id(), fresh.keySet()));
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        bulk.copy(ENTITY, importColumns(form.id(), version.formVersion(), importId), fresh.values());
        FormModel model = forms.model(version.id());
        if (Consents.kept(model)) {
            Map<Long, SubmissionXml> stored = new LinkedHashMap<>(fresh.size() * 2);
            jdbc.sql("select id, instance_id from collect_submission where form_id = :form and instance_id = any(:ids) order by id")
                    .param("form", form.id()).param("ids", fresh.keySet().toArray(String[]::new)).query(RecordRows.of(Added.class))
                    .list().forEach(added -> stored.put(added.id(), fresh.get(added.instanceId()).parsed()));
            consents.recordImported(form.id(), version.formVersion(), model, stored);
        }
        return fresh.size();
    }

    /** The columns an import writes, each with its value: a new column of submissions is one more line here. */
    private static List<BulkCopy.Column<ImportedSubmission>> importColumns(long formId, String formVersion, long importId) {
        return List.of(
                BulkCopy.column("form_id", s -> formId),
                BulkCopy.column("instance_id", s -> s.parsed().instanceId()),
                BulkCopy.column("root_instance_id", s -> s.parsed().instanceId()),
                BulkCopy.column("form_version", s -> formVersion),
                BulkCopy.column("xml", ImportedSubmission::xml),
                BulkCopy.column("xml_md5", ImportedSubmission::md5),
                BulkCopy.column("issues", s -> new BulkCopy.Json(s.issues())),
                BulkCopy.column("answers", ImportedSubmission::answers),
                BulkCopy.column("import_id", s -> importId));
    }

    private record Added(long id, String instanceId) {
    }

    /** Which of these instance ids the form already holds. */
    @Transactional(readOnly = true)
    public Set<String> present(long formId, java.util.Collection<String> instanceIds) {
        if (instanceIds.isEmpty()) {
            return Set.of();
        }
        // One array parameter rather than a placeholder per id: thousands of ids are asked about at once.
        return new java.util.HashSet<>(jdbc.sql("select instance_id from collect_submission where form_id = :form and instance_id = any(:ids)")
                .param("form", formId).param("ids", instanceIds.toArray(String[]::new)).query(String.class).list());
    }

    /** Whether the form holds no submission at all, not even a superseded version. */
    @Transactional(readOnly = true)
    public boolean none(long formId) {
        return !jdbc.sql("select exists (select 1 from collect_submission where form_id = :form)").param("form", formId)
                .query(Boolean.class).single();
    }

    /** How many submissions of a form count: one per logical record, its latest edit. */
    @Transactional(readOnly = true)
    public long count(long formId) {
        return jdbc.sql("select count(*) from collect_submission where form_id = :form and current").param("form", formId)
                .query(Long.class).single();
    }

    @Override
    public void forgetAll() {
        organisations.clear();
    }

    private record Stored(long id, String xmlMd5, String rootInstanceId) {
    }

    private Optional<Stored> stored(long formId, String instanceId) {
        return jdbc.sql("select id, xml_md5, root_instance_id from collect_submission where form_id = :form and instance_id = :instanceId")
                .param("form", formId).param("instanceId", instanceId).query(RecordRows.of(Stored.class)).optional();
    }

    /** File names the answers to photo, audio and file questions name. */
    private static Set<String> expectedFiles(FormModel model, SubmissionXml parsed) {
        Set<String> paths = new LinkedHashSet<>();
        model.all().stream().filter(q -> q.type().isMedia()).forEach(q -> paths.add(q.path()));
        Set<String> names = new LinkedHashSet<>();
        parsed.answers().stream().filter(a -> paths.contains(a.path()) && !a.value().isEmpty()).forEach(a -> names.add(a.value()));
        return names;
    }

    private StoredFile store(IncomingAttachment attachment, long organisationId) {
        try {
            return files.store(new FileUpload(FILE_PURPOSE, attachment.name(), attachment.content().getInputStream(),
                    ATTACHMENT_TYPES, properties.maxAttachmentBytes(), FileVisibility.ORGANISATION, organisationId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
