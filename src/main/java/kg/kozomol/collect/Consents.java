package kg.kozomol.collect;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;

/**
 * Consent records: the answers of a submission's consent block kept apart from the rest of its XML, so what each
 * respondent allowed (recording, quotation, archiving, transfer to third parties) can be shown and counted without
 * reading submissions.
 */
@Service
public class Consents {

    public static final String RECORDING = "consent_recording";
    public static final String QUOTATION = "consent_quotation";
    public static final String ARCHIVING = "consent_archiving";
    public static final String TRANSFER = "consent_transfer";
    static final String ENTITY = "collect_consent";

    /** One submission's consent; null where the question was not answered. */
    public record Consent(long submissionId, long formId, Boolean recording, Boolean quotation, Boolean archiving,
            Boolean transfer, String formVersion) {
    }

    /** How many respondents of a study allowed each item, out of how many consent records. */
    public record Counts(long records, long recording, long quotation, long archiving, long transfer) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Consents(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Keeps the consent a new submission carries, when its form has a consent block. */
    void record(long submissionId, long formId, String formVersion, FormModel model, SubmissionXml parsed) {
        if (List.of(RECORDING, QUOTATION, ARCHIVING, TRANSFER).stream().noneMatch(name -> model.find(name).isPresent())) {
            return;
        }
        Consent consent = new Consent(submissionId, formId, answer(model, parsed, RECORDING), answer(model, parsed, QUOTATION),
                answer(model, parsed, ARCHIVING), answer(model, parsed, TRANSFER), formVersion);
        jdbc.sql("""
                insert into collect_consent (submission_id, form_id, recording, quotation, archiving, transfer, form_version)
                values (:submission, :form, :recording, :quotation, :archiving, :transfer, :formVersion)
                """).param("submission", submissionId).param("form", formId).param("recording", consent.recording())
                .param("quotation", consent.quotation()).param("archiving", consent.archiving())
                .param("transfer", consent.transfer()).param("formVersion", formVersion).update();
        audit.created(ENTITY, submissionId, consent);
    }

    @Transactional(readOnly = true)
    public Optional<Consent> ofSubmission(long submissionId) {
        return jdbc.sql("""
                select submission_id, form_id, recording, quotation, archiving, transfer, form_version from collect_consent
                where submission_id = :id
                """).param("id", submissionId).query(Consent.class).optional();
    }

    @Transactional(readOnly = true)
    public Counts ofStudy(long studyId) {
        return jdbc.sql("""
                select count(*) as records, count(*) filter (where recording) as recording,
                  count(*) filter (where quotation) as quotation, count(*) filter (where archiving) as archiving,
                  count(*) filter (where transfer) as transfer
                from collect_consent c join collect_form f on f.id = c.form_id join collect_submission s on s.id = c.submission_id
                where f.study_id = :study and s.current
                """).param("study", studyId).query(Counts.class).single();
    }

    /** yes is true, no false, anything else (unanswered) null. */
    private static Boolean answer(FormModel model, SubmissionXml parsed, String name) {
        return model.find(name).flatMap(q -> parsed.answer(q.path())).map(value -> switch (value) {
            case "yes", "1", "true", "OK" -> Boolean.TRUE;
            case "no", "0", "false" -> Boolean.FALSE;
            default -> null;
        }).orElse(null);
    }
}
