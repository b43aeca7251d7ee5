package kg.kozomol.qual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.qual.pii.PiiKind;
import kg.kozomol.qual.turns.SpeakerTurns;
import kg.kozomol.qual.turns.Turn;

/**
 * The review queue of suspected personal data and the project's map of originals to pseudonyms. Accepting a hit
 * gives its original the project's pseudonym for it (the same everywhere); releasing a transcript writes the
 * pseudonymised text coders will read and its units (speaker turns, or paragraphs).
 */
@Service
public class PseudonymReview {

    static final String MAP = "qual_pseudonym_map";
    private static final String HIT = "qual_pii_hit";
    private static final Map<PiiKind, String> LABELS = Map.of(PiiKind.PERSON_NAME, "Респондент", PiiKind.PLACE, "Место",
            PiiKind.INSTITUTION, "Учреждение", PiiKind.PIN, "ПИН", PiiKind.PHONE, "Телефон", PiiKind.EMAIL, "E-mail");
    private static final int CONTEXT = 40;
    private static final int AWAY = 1_000_000_000;

    private final JdbcClient jdbc;
    private final Transcripts transcripts;
    private final AuditLog audit;

    PseudonymReview(JdbcClient jdbc, Transcripts transcripts, AuditLog audit) {
        this.jdbc = jdbc;
        this.transcripts = transcripts;
        this.audit = audit;
    }

    /** The queue with originals in context; reading it is reading the original, so it is audited. */
    @Transactional
    public List<ReviewHit> queue(long transcriptId) {
        Transcript transcript = transcripts.require(transcriptId);
        String original = transcripts.original(transcriptId);
        Map<String, String> map = pseudonyms(transcript.projectId());
        return jdbc.sql("select id, start_char, end_char, kind, status, manual from qual_pii_hit where transcript_id = :t "
                + "order by start_char").param("t", transcriptId).query((rs, row) -> {
                    int s = rs.getInt("start_char");
                    int e = rs.getInt("end_char");
                    String words = original.substring(s, e);
                    return new ReviewHit(rs.getLong("id"), s, e, PiiKind.valueOf(rs.getString("kind")), words,
                            original.substring(Math.max(0, s - CONTEXT), s), original.substring(e, Math.min(original.length(), e + CONTEXT)),
                            HitStatus.valueOf(rs.getString("status")), rs.getBoolean("manual"), map.get(key(words)));
                }).list();
    }

    public long pending(long transcriptId) {
        return jdbc.sql("select count(*) from qual_pii_hit where transcript_id = :t and status = 'PENDING'")
                .param("t", transcriptId).query(Long.class).single();
    }

    /** Accepts a hit; an original seen before keeps its pseudonym, a new one gets the lead's or the next numbered one. */
    @Transactional
    public String accept(long transcriptId, long hitId, String replacement) {
        Transcript transcript = underReview(transcriptId);
        Hit hit = hit(transcriptId, hitId);
        String original = transcripts.original(transcriptId).substring(hit.start, hit.end);
        String pseudonym = pseudonyms(transcript.projectId()).get(key(original));
        if (pseudonym == null) {
            String chosen = Cases.trimmed(replacement);
            if (chosen != null && chosen.length() > 200) {
                throw new QualRefusedException("qual.validation.pseudonym");
            }
            pseudonym = chosen != null ? chosen : next(transcript.projectId(), hit.kind);
            jdbc.sql("insert into qual_pseudonym (project_id, original, kind, pseudonym) values (:p, :o, :k, :ps)")
                    .param("p", transcript.projectId()).param("o", key(original)).param("k", hit.kind.name())
                    .param("ps", pseudonym).update();
            audit.created(MAP, transcript.projectId(), Map.of("kind", hit.kind, "pseudonym", pseudonym));
        }
        mark(hitId, HitStatus.ACCEPTED, hit.status);
        return pseudonym;
    }

    @Transactional
    public void reject(long transcriptId, long hitId) {
        underReview(transcriptId);
        Hit hit = hit(transcriptId, hitId);
        mark(hitId, HitStatus.REJECTED, hit.status);
    }

    /** Queues every occurrence of a fragment the detector missed that no other hit covers yet. */
    @Transactional
    public int addManual(long transcriptId, String fragment, PiiKind kind) {
        underReview(transcriptId);
        String words = fragment == null ? "" : fragment.strip();
        if (words.isEmpty() || words.length() > 200 || kind == null) {
            throw new QualRefusedException("qual.review.fragmentInvalid");
        }
        String original = transcripts.original(transcriptId);
        List<int[]> taken = jdbc.sql("select start_char, end_char from qual_pii_hit where transcript_id = :t and status <> 'REJECTED'")
                .param("t", transcriptId).query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)}).list();
        int added = 0;
        for (int at = original.indexOf(words); at >= 0; at = original.indexOf(words, at + words.length())) {
            int s = at;
            if (taken.stream().noneMatch(t -> s < t[1] && t[0] < s + words.length())) {
                jdbc.sql("insert into qual_pii_hit (transcript_id, start_char, end_char, kind, manual) values (:t, :s, :e, :k, true)")
                        .param("t", transcriptId).param("s", s).param("e", s + words.length()).param("k", kind.name()).update();
                added++;
            }
        }
        if (added == 0) {
            throw new QualRefusedException("qual.review.fragmentNotFound");
        }
        audit.updated(HIT, transcriptId, null, Map.of("manualHits", added, "kind", kind));
        return added;
    }

    /** Writes the pseudonymised text and its units and opens the transcript to coders; refused while hits wait. */
    @Transactional
    public Transcript release(long transcriptId) {
        Transcript before = underReview(transcriptId);
        if (pending(transcriptId) > 0) {
            throw new QualRefusedException("qual.review.pending");
        }
        String original = transcripts.original(transcriptId);
        Map<String, String> map = pseudonyms(before.projectId());
        List<int[]> accepted = jdbc.sql("select start_char, end_char from qual_pii_hit where transcript_id = :t "
                + "and status = 'ACCEPTED' order by start_char").param("t", transcriptId)
                .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)}).list();
        StringBuilder text = new StringBuilder();
        List<int[]> replaced = new ArrayList<>();
        int at = 0;
        for (int[] hit : accepted) {
            String pseudonym = map.get(key(original.substring(hit[0], hit[1])));
            text.append(original, at, hit[0]).append(pseudonym);
            replaced.add(new int[] {hit[0], hit[1], pseudonym.length()});
            at = hit[1];
        }
        String content = text.append(original.substring(at)).toString();
        saveUnits(transcriptId, content);
        shiftImportedCodings(transcriptId, original, content, new ReplacementShift(original.length(), replaced));
        int changed = jdbc.sql("update qual_transcript set content = :c, status = 'OPEN', version = version + 1 "
                + "where id = :id and version = :v").param("c", content).param("id", transcriptId).param("v", before.version()).update();
        if (changed == 0) {
            throw new kg.kozomol.platform.StaleRecordException(Transcripts.ENTITY + " " + transcriptId);
        }
        audit.updated(Transcripts.ENTITY, transcriptId, java.util.Map.of("status", before.status()),
                java.util.Map.of("status", TranscriptStatus.OPEN));
        return transcripts.require(transcriptId);
    }

    /**
     * Codings that came with an imported transcript point into its original (code points); after the replacements
     * they must point at the same words of the pseudonymised text. A coding left empty by a replacement is dropped.
     */
    private void shiftImportedCodings(long transcriptId, String original, String content, ReplacementShift shift) {
        List<long[]> codings = jdbc.sql("select id, start_cp, end_cp from qual_coding where transcript_id = :t")
                .param("t", transcriptId).query((rs, row) -> new long[] {rs.getLong(1), rs.getInt(2), rs.getInt(3)}).list();
        if (codings.isEmpty() || original.equals(content)) {
            return;
        }
        // Moved out of the way first, so a shifted coding never collides with one not yet shifted.
        jdbc.sql("update qual_coding set start_cp = start_cp + :away, end_cp = end_cp + :away where transcript_id = :t")
                .param("away", AWAY).param("t", transcriptId).update();
        for (long[] coding : codings) {
            int start = CodePoints.of(content, shift.start(original.offsetByCodePoints(0, (int) coding[1])));
            int end = CodePoints.of(content, shift.end(original.offsetByCodePoints(0, (int) coding[2])));
            if (end > start) {
                jdbc.sql("update qual_coding set start_cp = :s, end_cp = :e where id = :id and not exists (select 1 from qual_coding o "
                        + "where o.transcript_id = qual_coding.transcript_id and o.code_id = qual_coding.code_id "
                        + "and o.coder_id = qual_coding.coder_id and o.start_cp = :s and o.end_cp = :e)")
                        .param("s", start).param("e", end).param("id", coding[0]).update();
            }
        }
        jdbc.sql("delete from qual_coding where transcript_id = :t and start_cp >= :away").param("t", transcriptId)
                .param("away", AWAY).update();
    }

    /** The whole map, for the lead; audited like any reading of originals. */
    @Transactional
    public List<PseudonymEntry> map(long projectId) {
        audit.viewed(MAP, projectId);
        return jdbc.sql("select original, kind, pseudonym from qual_pseudonym where project_id = :p order by kind, pseudonym")
                .param("p", projectId).query((rs, row) -> new PseudonymEntry(rs.getString("original"),
                        PiiKind.valueOf(rs.getString("kind")), rs.getString("pseudonym"))).list();
    }

    /** Units coders pick from: speaker turns where the text has them, paragraphs otherwise; in code points. */
    private void saveUnits(long transcriptId, String content) {
        List<Turn> turns = new ArrayList<>(SpeakerTurns.split(content, null));
        if (turns.isEmpty()) {
            int start = 0;
            for (String paragraph : content.split("\n", -1)) {
                if (!paragraph.isBlank()) {
                    turns.add(new Turn(null, start, start + paragraph.length()));
                }
                start += paragraph.length() + 1;
            }
        }
        int position = 0;
        for (Turn turn : turns) {
            if (turn.end() > turn.start()) {
                jdbc.sql("insert into qual_unit (transcript_id, position, speaker, start_cp, end_cp) values (:t, :n, :s, :a, :b)")
                        .param("t", transcriptId).param("n", ++position).param("s", turn.speaker())
                        .param("a", CodePoints.of(content, turn.start())).param("b", CodePoints.of(content, turn.end())).update();
            }
        }
    }

    private Transcript underReview(long transcriptId) {
        Transcript transcript = transcripts.require(transcriptId);
        if (transcript.status() != TranscriptStatus.REVIEW) {
            throw new QualRefusedException("qual.review.released");
        }
        return transcript;
    }

    private record Hit(int start, int end, PiiKind kind, HitStatus status) {}

    private Hit hit(long transcriptId, long hitId) {
        return jdbc.sql("select start_char, end_char, kind, status from qual_pii_hit where id = :id and transcript_id = :t")
                .param("id", hitId).param("t", transcriptId).query((rs, row) -> new Hit(rs.getInt(1), rs.getInt(2),
                        PiiKind.valueOf(rs.getString(3)), HitStatus.valueOf(rs.getString(4)))).optional()
                .orElseThrow(() -> new NotFoundException(HIT + " " + hitId));
    }

    private void mark(long hitId, HitStatus status, HitStatus before) {
        jdbc.sql("update qual_pii_hit set status = :s where id = :id").param("s", status.name()).param("id", hitId).update();
        audit.updated(HIT, hitId, Map.of("status", before), Map.of("status", status));
    }

    private Map<String, String> pseudonyms(long projectId) {
        Map<String, String> map = new HashMap<>();
        jdbc.sql("select original, pseudonym from qual_pseudonym where project_id = :p").param("p", projectId)
                .query((rs, row) -> map.put(rs.getString(1), rs.getString(2))).list();
        return map;
    }

    private String next(long projectId, PiiKind kind) {
        long n = jdbc.sql("select count(*) from qual_pseudonym where project_id = :p and kind = :k").param("p", projectId)
                .param("k", kind.name()).query(Long.class).single() + 1;
        return "[" + LABELS.get(kind) + " " + n + "]";
    }

    /** The same person written with different spacing is the same original. */
    private static String key(String original) {
        return original.strip().replaceAll("\\s+", " ");
    }
}
