package kg.kozomol.collect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.RecordRows;

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
    /** The consent block's questions, in the order of {@link Consent}'s fields. */
    private static final List<String> ITEMS = List.of(RECORDING, QUOTATION, ARCHIVING, TRANSFER);

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
        recordAll(formId, formVersion, model, Map.of(submissionId, parsed));
    }

    /** Keeps the consent each new submission carries (by submission id), when their form has a consent block. */
    void recordAll(long formId, String formVersion, FormModel model, Map<Long, SubmissionXml> submissions) {
        if (kept(model)) {
            audit.createdAll(ENTITY, insertAll(formId, formVersion, model, submissions));
        }
    }

    /**
     * Keeps the consent of imported submissions, audited by their import's one entry (each record belongs to a
     * submission, which names its import) rather than one entry each.
     */
    void recordImported(long formId, String formVersion, FormModel model, Map<Long, SubmissionXml> submissions) {
        if (kept(model)) {
            insertAll(formId, formVersion, model, submissions);
        }
    }

    /** Whether the form has a consent block. */
    static boolean kept(FormModel model) {
        return ITEMS.stream().anyMatch(name -> model.find(name).isPresent());
    }

    private Map<Long, Consent> insertAll(long formId, String formVersion, FormModel model, Map<Long, SubmissionXml> submissions) {
        if (submissions.isEmpty()) {
            return Map.of();
        }
        int size = submissions.size();
        long[] ids = new long[size];
        String[][] answers = new String[ITEMS.size()][size];
        Map<Long, Consent> consents = new LinkedHashMap<>(size * 2);
        int i = 0;
        for (Map.Entry<Long, SubmissionXml> submission : submissions.entrySet()) {
            Boolean[] given = ITEMS.stream().map(name -> answer(model, submission.getValue(), name)).toArray(Boolean[]::new);
            ids[i] = submission.getKey();
            for (int item = 0; item < given.length; item++) {
                answers[item][i] = given[item] == null ? null : given[item].toString();
            }
            consents.put(ids[i], new Consent(ids[i], formId, given[0], given[1], given[2], given[3], formVersion));
            i++;
        }
        jdbc.sql("""
                insert into collect_consent (submission_id, form_id, recording, quotation, archiving, transfer, form_version)
                select t.submission_id, :form, t.recording, t.quotation, t.archiving, t.transfer, :formVersion
                from unnest(cast(:ids as bigint[]), cast(:recording as boolean[]), cast(:quotation as boolean[]),
                  cast(:archiving as boolean[]), cast(:transfer as boolean[])) as t (submission_id, recording, quotation, archiving, transfer)
                """).param("ids", ids).param("form", formId).param("recording", answers[0]).param("quotation", answers[1])
                .param("archiving", answers[2]).param("transfer", answers[3]).param("formVersion", formVersion).update();
        return consents;
    }

    @Transactional(readOnly = true)
    public Optional<Consent> ofSubmission(long submissionId) {
        return jdbc.sql("""
                select submission_id, form_id, recording, quotation, archiving, transfer, form_version from collect_consent
                where submission_id = :id
                """).param("id", submissionId).query(RecordRows.of(Consent.class)).optional();
    }

    @Transactional(readOnly = true)
    public Counts ofStudy(long studyId) {
        return jdbc.sql("""
                select count(*) as records, count(*) filter (where recording) as recording,
                  count(*) filter (where quotation) as quotation, count(*) filter (where archiving) as archiving,
                  count(*) filter (where transfer) as transfer
                from collect_consent c join collect_form f on f.id = c.form_id join collect_submission s on s.id = c.submission_id
                where f.study_id = :study and s.current
                """).param("study", studyId).query(RecordRows.of(Counts.class)).single();
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
