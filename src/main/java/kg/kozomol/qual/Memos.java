package kg.kozomol.qual;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.KozomolPrincipal;

/** Memos on a transcript, on a code, or on one coded segment. */
@Service
public class Memos {

    static final String ENTITY = "qual_memo";

    private final JdbcClient jdbc;
    private final Transcripts transcripts;
    private final Codebook codebook;
    private final Codings codings;
    private final AuditLog audit;

    Memos(JdbcClient jdbc, Transcripts transcripts, Codebook codebook, Codings codings, AuditLog audit) {
        this.jdbc = jdbc;
        this.transcripts = transcripts;
        this.codebook = codebook;
        this.codings = codings;
        this.audit = audit;
    }

    /** {@code target} is "document-ID", "code-ID" or "coding-ID"; the target must belong to the project. */
    @Transactional
    public Memo add(long projectId, String target, String content, KozomolPrincipal author) {
        String text = Cases.trimmed(content);
        if (text == null || text.length() > 10_000) {
            throw new QualRefusedException("qual.validation.memo");
        }
        String[] parts = target == null ? new String[0] : target.split("-", 2);
        long id = parts.length == 2 && parts[1].matches("\\d{1,18}") ? Long.parseLong(parts[1]) : -1;
        Long transcript = null;
        Long code = null;
        Long coding = null;
        switch (parts.length == 2 ? parts[0] : "") {
            case "document" -> transcript = transcripts.find(id).filter(t -> t.projectId() == projectId).map(Transcript::id)
                    .orElseThrow(() -> new QualRefusedException("qual.validation.memoTarget"));
            case "code" -> code = codebook.find(id).filter(c -> c.projectId() == projectId).map(Code::id)
                    .orElseThrow(() -> new QualRefusedException("qual.validation.memoTarget"));
            case "coding" -> coding = codingOf(projectId, id);
            default -> throw new QualRefusedException("qual.validation.memoTarget");
        }
        long memo = jdbc.sql("""
                insert into qual_memo (project_id, transcript_id, code_id, coding_id, author_id, content)
                values (:p, :t, :c, :g, :a, :content) returning id""").param("p", projectId).param("t", transcript)
                .param("c", code).param("g", coding).param("a", author.id()).param("content", text).query(Long.class).single();
        audit.created(ENTITY, memo, java.util.Map.of("target", target, "content", text));
        return of(projectId).stream().filter(m -> m.id() == memo).findFirst().orElseThrow();
    }

    /** Every memo of the project, newest first, with what it is about. */
    @Transactional(readOnly = true)
    public List<Memo> of(long projectId) {
        return jdbc.sql("""
                select m.id, m.transcript_id, m.code_id, m.coding_id, m.content, m.created_at, u.full_name,
                       coalesce(t.title, c.name, gc.name) as about
                from qual_memo m join app_user u on u.id = m.author_id
                left join qual_transcript t on t.id = m.transcript_id left join qual_code c on c.id = m.code_id
                left join qual_coding g on g.id = m.coding_id left join qual_code gc on gc.id = g.code_id
                where m.project_id = :p order by m.created_at desc, m.id desc""").param("p", projectId)
                .query((rs, row) -> new Memo(rs.getLong("id"), rs.getObject("transcript_id", Long.class),
                        rs.getObject("code_id", Long.class), rs.getObject("coding_id", Long.class), rs.getString("about"),
                        rs.getString("full_name"), rs.getString("content"), rs.getTimestamp("created_at").toInstant())).list();
    }

    private Long codingOf(long projectId, long codingId) {
        try {
            Coding coding = codings.require(codingId);
            if (transcripts.require(coding.transcriptId()).projectId() == projectId) {
                return coding.id();
            }
        } catch (kg.kozomol.platform.NotFoundException e) {
            // falls through to the refusal below
        }
        throw new QualRefusedException("qual.validation.memoTarget");
    }
}
