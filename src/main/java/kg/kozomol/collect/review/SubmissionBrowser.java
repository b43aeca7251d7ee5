package kg.kozomol.collect.review;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.platform.PageOf;
import kg.kozomol.platform.PageRequest;
import kg.kozomol.platform.RecordRows;

/** Reading submissions for review: a filtered page of a form's current ones, one with its versions, files and history. */
@Service
public class SubmissionBrowser {

    static final String SELECT = """
            select s.id, s.form_id, s.instance_id, s.root_instance_id, s.deprecated_id, s.form_version, s.status,
                   s.app_user_id, a.display_name as app_user_name, s.received_at, s.current, s.version, s.xml,
                   jsonb_array_length(s.issues) as check_problems
            from collect_submission s left join collect_app_user a on a.id = s.app_user_id
            """;

    /**
     * The rows of one logical record: its first version by instance id, its edits by root (the index on roots holds edits
     * alone, so the condition spells out that it asks for edits).
     */
    private static final String RECORD = """
            s.form_id = :form and (s.instance_id = :root or (s.root_instance_id = :root and s.root_instance_id <> s.instance_id))""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    SubmissionBrowser(JdbcClient jdbc, @Value("${kozomol.time-zone:Asia/Bishkek}") String zone) {
        this.jdbc = jdbc;
        this.zone = ZoneId.of(zone);
    }

    @Transactional(readOnly = true)
    public PageOf<SubmissionRow> page(long formId, SubmissionFilter filter, PageRequest page) {
        Where where = where(formId, filter);
        long total = jdbc.sql("select count(*) from collect_submission s where " + where.sql).params(where.params)
                .query(Long.class).single();
        List<SubmissionRow> rows = jdbc.sql(SELECT + " where " + where.sql + " order by s.received_at desc, s.id desc limit :limit offset :offset")
                .params(where.params).param("limit", page.size()).param("offset", page.offset()).query(RecordRows.of(SubmissionRow.class)).list();
        return new PageOf<>(rows, page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public Optional<SubmissionRow> find(long id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(RecordRows.of(SubmissionRow.class)).optional();
    }

    /** Every stored version of the logical record, newest first (the first is the current one). */
    @Transactional(readOnly = true)
    public List<SubmissionRow> versions(SubmissionRow submission) {
        return jdbc.sql(SELECT + " where " + RECORD + " order by s.id desc")
                .param("form", submission.formId()).param("root", submission.rootInstanceId()).query(RecordRows.of(SubmissionRow.class)).list();
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(long submissionId) {
        return jdbc.sql("""
                select a.name, a.file_id, f.content_type from collect_attachment a left join stored_file f on f.id = a.file_id
                where a.submission_id = :id order by a.name
                """).param("id", submissionId).query(RecordRows.of(Attachment.class)).list();
    }

    /** The review history of the logical record across its edits, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewEntry> reviews(SubmissionRow submission) {
        return jdbc.sql("""
                select r.from_status, r.to_status, r.comment, u.full_name as reviewer, r.reviewed_at
                from collect_review r join collect_submission s on s.id = r.submission_id left join app_user u on u.id = r.reviewed_by
                """ + " where " + RECORD + " order by r.id")
                .param("form", submission.formId()).param("root", submission.rootInstanceId()).query(RecordRows.of(ReviewEntry.class)).list();
    }

    /** The import that created the logical record (its first version), if an import did. */
    @Transactional(readOnly = true)
    public Optional<ImportOrigin> origin(SubmissionRow submission) {
        return jdbc.sql("""
                select i.id as import_id, i.file_name, u.full_name as imported_by, i.imported_at
                from collect_submission s join collect_import i on i.id = s.import_id left join app_user u on u.id = i.imported_by
                where s.form_id = :form and s.instance_id = :root
                """).param("form", submission.formId()).param("root", submission.rootInstanceId())
                .query(RecordRows.of(ImportOrigin.class)).optional();
    }

    /** The phones that sent submissions of the form, for the submitter filter. */
    @Transactional(readOnly = true)
    public List<Submitter> submitters(long formId) {
        return jdbc.sql("""
                select distinct a.id, a.display_name from collect_submission s join collect_app_user a on a.id = s.app_user_id
                where s.form_id = :form order by a.display_name
                """).param("form", formId).query(RecordRows.of(Submitter.class)).list();
    }

    public record Submitter(long id, String displayName) {
    }

    private record Where(String sql, java.util.Map<String, Object> params) {
    }

    private Where where(long formId, SubmissionFilter filter) {
        List<String> clauses = new ArrayList<>(List.of("s.form_id = :form", "s.current"));
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("form", formId);
        if (filter.state() != null) {
            clauses.add("s.status = :status");
            params.put("status", filter.state().name());
        }
        if (filter.from() != null) {
            clauses.add("s.received_at >= :from");
            params.put("from", java.sql.Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            clauses.add("s.received_at < :to");
            params.put("to", java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.appUserId() != null) {
            clauses.add("s.app_user_id = :appUser");
            params.put("appUser", filter.appUserId());
        }
        if (filter.flagged()) {
            clauses.add("s.issues <> '[]'::jsonb");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // Answers only: the element names are stripped before matching.
            clauses.add("regexp_replace(convert_from(s.xml, 'UTF8'), '<[^>]*>', ' ', 'g') ilike :text");
            params.put("text", "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new Where(String.join(" and ", clauses), params);
    }

}
