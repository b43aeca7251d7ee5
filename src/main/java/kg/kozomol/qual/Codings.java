package kg.kozomol.qual;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;

/** Applying codes to released transcripts, each coder on their own, and undoing a coder's last coding. */
@Service
public class Codings {

    static final String ENTITY = "qual_coding";

    private final JdbcClient jdbc;
    private final Transcripts transcripts;
    private final Codebook codebook;
    private final AuditLog audit;

    Codings(JdbcClient jdbc, Transcripts transcripts, Codebook codebook, AuditLog audit) {
        this.jdbc = jdbc;
        this.transcripts = transcripts;
        this.codebook = codebook;
        this.audit = audit;
    }

    @Transactional
    public Coding apply(long transcriptId, long codeId, int startCp, int endCp, KozomolPrincipal coder) {
        Transcript transcript = codable(transcriptId);
        if (codebook.find(codeId).filter(c -> c.projectId() == transcript.projectId()).isEmpty()) {
            throw new QualRefusedException("qual.coding.code");
        }
        if (startCp < 0 || endCp <= startCp || endCp > CodePoints.length(transcript.content())) {
            throw new QualRefusedException("qual.coding.range");
        }
        Long id = jdbc.sql("""
                insert into qual_coding (transcript_id, code_id, coder_id, start_cp, end_cp) values (:t, :c, :u, :s, :e)
                on conflict do nothing returning id""").param("t", transcriptId).param("c", codeId).param("u", coder.id())
                .param("s", startCp).param("e", endCp).query(Long.class).optional().orElse(null);
        if (id == null) {
            throw new QualRefusedException("qual.coding.duplicate");
        }
        Coding created = require(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    /** Codes a whole unit (speaker turn or paragraph): the way to code with the keyboard alone. */
    @Transactional
    public Coding applyToUnit(long transcriptId, long codeId, int position, KozomolPrincipal coder) {
        Unit unit = units(transcriptId).stream().filter(u -> u.position() == position).findFirst()
                .orElseThrow(() -> new QualRefusedException("qual.coding.unit"));
        return apply(transcriptId, codeId, unit.startCp(), unit.endCp(), coder);
    }

    /** Takes back the coder's most recent coding in the transcript. */
    @Transactional
    public Coding undo(long transcriptId, KozomolPrincipal coder) {
        codable(transcriptId);
        Long last = jdbc.sql("select max(id) from qual_coding where transcript_id = :t and coder_id = :u")
                .param("t", transcriptId).param("u", coder.id()).query(Long.class).optional().orElse(null);
        if (last == null) {
            throw new QualRefusedException("qual.coding.nothingToUndo");
        }
        Coding removed = require(last);
        jdbc.sql("delete from qual_coding where id = :id").param("id", last).update();
        audit.deleted(ENTITY, last, removed);
        return removed;
    }

    @Transactional(readOnly = true)
    public List<Coding> of(long transcriptId) {
        return select(" where g.transcript_id = :t order by g.start_cp, g.end_cp, g.id", "t", transcriptId);
    }

    @Transactional(readOnly = true)
    public Coding require(long id) {
        return select(" where g.id = :id", "id", id).stream().findFirst().orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    @Transactional(readOnly = true)
    public List<Unit> units(long transcriptId) {
        String content = transcripts.require(transcriptId).content();
        if (content == null) {
            return List.of();
        }
        return jdbc.sql("select position, speaker, start_cp, end_cp from qual_unit where transcript_id = :t order by position")
                .param("t", transcriptId).query((rs, row) -> new Unit(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        CodePoints.slice(content, rs.getInt(3), rs.getInt(4)))).list();
    }

    private List<Coding> select(String where, String name, long value) {
        return jdbc.sql("""
                select g.id, g.transcript_id, g.code_id, c.name, c.colour, g.coder_id, u.full_name, g.start_cp, g.end_cp, t.content
                from qual_coding g join qual_code c on c.id = g.code_id join app_user u on u.id = g.coder_id
                join qual_transcript t on t.id = g.transcript_id""" + where).param(name, value)
                .query((rs, row) -> new Coding(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getString(7), rs.getInt(8), rs.getInt(9),
                        CodePoints.slice(rs.getString(10), rs.getInt(8), rs.getInt(9)))).list();
    }

    private Transcript codable(long transcriptId) {
        Transcript transcript = transcripts.require(transcriptId);
        if (transcript.locked()) {
            throw new QualRefusedException("qual.refused.withdrawn");
        }
        if (!transcript.codable()) {
            throw new QualRefusedException("qual.coding.notReleased");
        }
        return transcript;
    }
}
