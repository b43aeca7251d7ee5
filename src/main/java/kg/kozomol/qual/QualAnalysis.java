package kg.kozomol.qual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.platform.SqlText;

/**
 * Code frequencies, co-occurrence, retrieval and full-text search over a project's released transcripts; transcripts
 * of a case whose consent was withdrawn are left out of everything.
 */
@Service
public class QualAnalysis {

    /** Codings of released transcripts whose participant has not withdrawn. */
    private static final String USABLE = """
            from qual_coding g join qual_transcript t on t.id = g.transcript_id and t.status = 'OPEN'
            join qual_case k on k.id = t.case_id left join qual_consent s on s.case_id = k.id
            where t.project_id = :p and s.withdrawn_on is null
            """;

    private final JdbcClient jdbc;

    QualAnalysis(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per code and transcript (columns are transcript titles). */
    @Transactional(readOnly = true)
    public Frequencies byDocument(long projectId) {
        return frequencies(projectId, "t.title", "t.id");
    }

    /** Per code and value of a case attribute; a case without the value counts under "—". */
    @Transactional(readOnly = true)
    public Frequencies byAttribute(long projectId, CaseAttribute attribute) {
        return frequencies(projectId, "coalesce(k." + attribute.column() + ", '—')", "1");
    }

    private Frequencies frequencies(long projectId, String column, String order) {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        List<String> columns = new ArrayList<>();
        jdbc.sql("select g.code_id, " + column + " as col, min(" + order + ") as o, count(*) as n " + USABLE
                + " group by g.code_id, " + column + " order by 3, 2").param("p", projectId).query((rs, row) -> {
                    String col = rs.getString("col");
                    if (!columns.contains(col)) {
                        columns.add(col);
                    }
                    return counts.computeIfAbsent(rs.getLong("code_id"), k -> new LinkedHashMap<>()).put(col, rs.getLong("n"));
                }).list();
        return new Frequencies(columns, counts);
    }

    /**
     * How often two codes overlap: the number of pairs of codings (one of each code) in the same transcript whose
     * stretches share at least one character. Keys are "smaller id-larger id".
     */
    @Transactional(readOnly = true)
    public Map<String, Long> coOccurrence(long projectId) {
        Map<String, Long> pairs = new HashMap<>();
        jdbc.sql("select g.code_id as a, h.code_id as b, count(*) as n " + USABLE.replace("where", """
                join qual_coding h on h.transcript_id = g.transcript_id and h.code_id > g.code_id
                  and h.start_cp < g.end_cp and g.start_cp < h.end_cp
                where""") + " group by g.code_id, h.code_id").param("p", projectId)
                .query((rs, row) -> pairs.put(rs.getLong("a") + "-" + rs.getLong("b"), rs.getLong("n"))).list();
        return pairs;
    }

    /** Every coded segment for a code, optionally only from cases with the given attribute value. */
    @Transactional(readOnly = true)
    public List<Segment> segments(long projectId, long codeId, CaseAttribute attribute, String value) {
        boolean filtered = attribute != null && value != null && !value.isBlank();
        return jdbc.sql("select g.id, t.id as transcript_id, t.title, k.label, g.start_cp, g.end_cp, t.content " + USABLE
                + " and g.code_id = :code" + (filtered ? " and k." + attribute.column() + " = :value" : "")
                + " order by t.id, g.start_cp").param("p", projectId).param("code", codeId)
                .params(filtered ? Map.of("value", value.trim()) : Map.of())
                .query((rs, row) -> new Segment(rs.getLong("id"), rs.getLong("transcript_id"), rs.getString("title"),
                        rs.getString("label"), CodePoints.slice(rs.getString("content"), rs.getInt("start_cp"), rs.getInt("end_cp"))))
                .list();
    }

    /**
     * Transcripts containing the words, with ө, ү, ң matching о, у, н (the portal's folding, one letter for one, so
     * a place found in the folded text is the same place in the text).
     */
    @Transactional(readOnly = true)
    public List<SearchHit> search(long projectId, String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select t.id, t.title, t.content from qual_transcript t join qual_case k on k.id = t.case_id
                left join qual_consent s on s.case_id = k.id
                where t.project_id = :p and t.status = 'OPEN' and s.withdrawn_on is null
                  and lower(portal_fold(t.content)) like lower(portal_fold(:q)) order by t.id""")
                .param("p", projectId).param("q", SqlText.containsPattern(q))
                .query((rs, row) -> new SearchHit(rs.getLong(1), rs.getString(2), snippet(rs.getString(3), q))).list();
    }

    private static String snippet(String content, String query) {
        int at = fold(content).indexOf(fold(query));
        int from = Math.max(0, at - 80);
        int to = Math.min(content.length(), Math.max(at, 0) + query.length() + 80);
        return (from > 0 ? "…" : "") + content.substring(from, to) + (to < content.length() ? "…" : "");
    }

    private static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (char c : text.toLowerCase().toCharArray()) {
            folded.append(switch (c) {
                case 'ө' -> 'о';
                case 'ү' -> 'у';
                case 'ң' -> 'н';
                default -> c;
            });
        }
        return folded.toString();
    }
}
