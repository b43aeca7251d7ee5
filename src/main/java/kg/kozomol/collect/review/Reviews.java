package kg.kozomol.collect.review;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.collect.AnswerCheck;
import kg.kozomol.collect.FormMedia;
import kg.kozomol.collect.Forms;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.StaleRecordException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changing a submission: a review decision (kept in the history with its comment) and an edit of answers, which, as a
 * phone's edit with {@code deprecatedID}, stores a new version of the XML and leaves the old one readable.
 */
@Service
public class Reviews {

    static final String ENTITY = "collect_submission";

    private final JdbcClient jdbc;
    private final SubmissionBrowser browser;
    private final AuditLog audit;
    private final Forms forms;
    private final JsonMapper json;
    private final Clock clock;
    private final FormMedia media;

    Reviews(JdbcClient jdbc, SubmissionBrowser browser, AuditLog audit, Forms forms, JsonMapper json, Clock clock, FormMedia media) {
        this.media = media;
        this.jdbc = jdbc;
        this.browser = browser;
        this.audit = audit;
        this.forms = forms;
        this.json = json;
        this.clock = clock;
    }

    record Decision(long id, ReviewState status, String comment) {
    }

    record Edited(long id, String instanceId, String deprecatedId, List<String> changedPaths) {
    }

    /** @throws MissingCommentException when the new state needs a reason and none is given */
    @Transactional
    public void decide(long submissionId, int expectedVersion, ReviewState to, String comment, KozomolPrincipal user) {
        String reason = comment == null || comment.isBlank() ? null : comment.strip();
        if (to.needsComment() && reason == null) {
            throw new MissingCommentException();
        }
        SubmissionRow before = current(submissionId, expectedVersion);
        jdbc.sql("update collect_submission set status = :status, version = version + 1 where id = :id and version = :version")
                .param("status", to.name()).param("id", submissionId).param("version", expectedVersion).update();
        jdbc.sql("""
                insert into collect_review (submission_id, from_status, to_status, comment, reviewed_by)
                values (:id, :from, :to, :comment, :by)
                """).param("id", submissionId).param("from", before.status().name()).param("to", to.name())
                .param("comment", reason).param("by", user.id()).update();
        audit.updated(ENTITY, submissionId, new Decision(submissionId, before.status(), null), new Decision(submissionId, to, reason));
    }

    /**
     * Stores the answers with the given leaf paths (below the root, e.g. {@code doors/door_width}) changed as a new
     * version that supersedes this one; returns the new version's id.
     */
    @Transactional
    public long edit(long submissionId, int expectedVersion, java.util.Map<String, String> answers, KozomolPrincipal user) {
        SubmissionRow before = current(submissionId, expectedVersion);
        AnswerTrees.Document document = AnswerTrees.read(before.xml());
        AnswerNode root = document.root();
        for (var answer : answers.entrySet()) {
            root = root.with(List.of(answer.getKey().split("/")), answer.getValue());
        }
        String instanceId = "uuid:" + UUID.randomUUID();
        root = root.with(List.of("meta", "instanceID"), instanceId).with(List.of("meta", "deprecatedID"), before.instanceId());
        AnswerTrees.Document edited = new AnswerTrees.Document(root, document.attributes());
        byte[] xml = AnswerTrees.write(edited);
        if (jdbc.sql("update collect_submission set current = false, version = version + 1 where id = :id and version = :version and current")
                .param("id", submissionId).param("version", expectedVersion).update() == 0) {
            throw new StaleRecordException(ENTITY + " " + submissionId);
        }
        long id = jdbc.sql("""
                insert into collect_submission (form_id, instance_id, root_instance_id, deprecated_id, form_version, xml, xml_md5,
                  status, app_user_id, issues, answers)
                values (:form, :instanceId, :root, :deprecatedId, :formVersion, :xml, md5(:xml), :status, :appUser, cast(:issues as jsonb),
                  :answers)
                returning id
                """).param("form", before.formId()).param("instanceId", instanceId).param("root", before.rootInstanceId())
                .param("deprecatedId", before.instanceId()).param("formVersion", before.formVersion()).param("xml", xml)
                .param("answers", StoredAnswers.encode(xml))
                .param("status", before.status().name()).param("appUser", before.appUserId())
                .param("issues", json.writeValueAsString(issues(before, edited))).query(Long.class).single();
        jdbc.sql("insert into collect_attachment (submission_id, name, file_id) select :id, name, file_id from collect_attachment where submission_id = :old")
                .param("id", id).param("old", submissionId).update();
        audit.created(ENTITY, id, new Edited(id, instanceId, before.instanceId(), List.copyOf(answers.keySet())));
        return id;
    }

    /** The corrected answers are checked again as a phone's would be, against the version of the form they answer. */
    private List<AnswerCheck.Issue> issues(SubmissionRow row, AnswerTrees.Document edited) {
        return forms.version(row.formId(), row.formVersion())
                .map(version -> AnswerCheck.check(forms.model(version.id()), media.data(row.formId(), forms.model(version.id())),
                        AnswerTrees.answers(edited), clock))
                .orElse(List.of());
    }

    private SubmissionRow current(long submissionId, int expectedVersion) {
        SubmissionRow row = browser.find(submissionId).orElseThrow(() -> new NotFoundException("submission " + submissionId));
        if (row.version() != expectedVersion || !row.current()) {
            throw new StaleRecordException(ENTITY + " " + submissionId);
        }
        return row;
    }
}
