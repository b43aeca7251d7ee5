package kg.kozomol.qual;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.qual.pii.PiiDetector;
import kg.kozomol.qual.pii.PiiHit;

/**
 * Uploading transcripts: the text is extracted, its original kept apart, and every suspected piece of personal data
 * queued for the lead's review; coders see nothing until the lead releases the pseudonymised text.
 */
@Service
public class Transcripts {

    static final String ENTITY = "qual_transcript";
    static final String ORIGINAL = "qual_transcript_original";
    static final String SELECT = """
            select t.id, t.project_id, t.case_id, c.label, t.title, t.kind, t.held_on, t.place, t.interviewer, t.content,
                   t.status, t.version, coalesce(k.withdrawn_on is not null, false) as locked
            from qual_transcript t join qual_case c on c.id = t.case_id left join qual_consent k on k.case_id = c.id
            """;

    private final JdbcClient jdbc;
    private final TranscriptText text;
    private final Cases cases;
    private final AuditLog audit;

    Transcripts(JdbcClient jdbc, TranscriptText text, Cases cases, AuditLog audit) {
        this.jdbc = jdbc;
        this.text = text;
        this.cases = cases;
        this.audit = audit;
    }

    @Transactional
    public Transcript upload(long projectId, InterviewRecord interview, byte[] file, String fileName, KozomolPrincipal by) {
        QualCase qualCase = cases.find(interview.caseId()).filter(c -> c.projectId() == projectId)
                .orElseThrow(() -> new QualRefusedException("qual.validation.case"));
        if (qualCase.locked()) {
            throw new QualRefusedException("qual.refused.withdrawn");
        }
        String title = Cases.trimmed(interview.title());
        if (title == null || title.length() > 300 || interview.kind() == null) {
            throw new QualRefusedException("qual.validation.interview");
        }
        if (tooLong(interview.place()) || tooLong(interview.interviewer())) {
            throw new QualRefusedException("qual.validation.attributeTooLong");
        }
        return store(projectId, qualCase.id(), interview, title, text.extract(file, fileName), by);
    }

    /** A source of a REFI-QDA project: its text goes through the same review as an uploaded file. */
    Transcript imported(long projectId, long caseId, String title, String original, KozomolPrincipal by) {
        return store(projectId, caseId, new InterviewRecord(title, InterviewKind.INTERVIEW, null, null, null, caseId), title,
                original, by);
    }

    private Transcript store(long projectId, long caseId, InterviewRecord interview, String title, String original,
            KozomolPrincipal by) {
        long id = jdbc.sql("""
                insert into qual_transcript (project_id, case_id, title, kind, held_on, place, interviewer, created_by)
                values (:p, :case, :title, :kind, :on, :place, :interviewer, :by) returning id""")
                .param("p", projectId).param("case", caseId).param("title", title).param("kind", interview.kind().name())
                .param("on", interview.heldOn()).param("place", Cases.trimmed(interview.place()))
                .param("interviewer", Cases.trimmed(interview.interviewer())).param("by", by.id()).query(Long.class).single();
        jdbc.sql("insert into qual_transcript_original (transcript_id, content) values (:id, :content)").param("id", id)
                .param("content", original).update();
        for (PiiHit hit : distinct(new PiiDetector(projectTerms(projectId)).detect(original))) {
            jdbc.sql("insert into qual_pii_hit (transcript_id, start_char, end_char, kind) values (:t, :s, :e, :k)")
                    .param("t", id).param("s", hit.start()).param("e", hit.end()).param("k", hit.kind().name()).update();
        }
        Transcript created = require(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    /** The lead's own reading of what was said; every reading is in the audit log. */
    @Transactional
    public String original(long transcriptId) {
        String content = jdbc.sql("select content from qual_transcript_original where transcript_id = :id")
                .param("id", transcriptId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException(ORIGINAL + " " + transcriptId));
        audit.viewed(ORIGINAL, transcriptId);
        return content;
    }

    @Transactional(readOnly = true)
    public Optional<Transcript> find(long id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(Transcripts::map).optional();
    }

    public Transcript require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    @Transactional(readOnly = true)
    public List<Transcript> of(long projectId) {
        return jdbc.sql(SELECT + " where t.project_id = :p order by t.held_on nulls last, t.id").param("p", projectId)
                .query(Transcripts::map).list();
    }

    /** Places and institutions already pseudonymised in the project are looked for in every new transcript. */
    private List<String> projectTerms(long projectId) {
        return jdbc.sql("select original from qual_pseudonym where project_id = :p and kind in ('PLACE', 'INSTITUTION')")
                .param("p", projectId).query(String.class).list();
    }

    /** Hits in text order, a hit overlapping an earlier one dropped: one replacement per stretch of text. */
    static List<PiiHit> distinct(List<PiiHit> hits) {
        List<PiiHit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(PiiHit::start).thenComparing(Comparator.comparingInt(PiiHit::end).reversed()));
        List<PiiHit> kept = new ArrayList<>();
        int end = -1;
        for (PiiHit hit : sorted) {
            if (hit.start() >= end && hit.end() > hit.start()) {
                kept.add(hit);
                end = hit.end();
            }
        }
        return kept;
    }

    private static boolean tooLong(String text) {
        return text != null && text.trim().length() > 200;
    }

    static Transcript map(ResultSet rs, int row) throws SQLException {
        return new Transcript(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("case_id"), rs.getString("label"),
                new InterviewRecord(rs.getString("title"), InterviewKind.valueOf(rs.getString("kind")),
                        rs.getObject("held_on", LocalDate.class), rs.getString("place"), rs.getString("interviewer"),
                        rs.getLong("case_id")),
                rs.getString("content"), TranscriptStatus.valueOf(rs.getString("status")), rs.getBoolean("locked"),
                rs.getInt("version"));
    }
}
