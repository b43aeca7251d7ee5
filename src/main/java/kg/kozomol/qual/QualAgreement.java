package kg.kozomol.qual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.qual.agreement.CohensKappa;
import kg.kozomol.qual.agreement.Disagreements;
import kg.kozomol.qual.agreement.KrippendorffAlpha;
import kg.kozomol.qual.agreement.Segment;
import kg.kozomol.qual.turns.SpeakerTurns;
import kg.kozomol.qual.turns.Turn;

/**
 * Inter-coder agreement per code over the released transcripts of cases that have not withdrawn. A unit counts as
 * coded by a coder when one of their codings of the code overlaps it; a coder who coded nothing in a transcript has
 * missing values there (left out of kappa, missing data for alpha). All offsets are code points.
 */
@Service
public class QualAgreement {

    private final JdbcClient jdbc;
    private final Codebook codebook;

    QualAgreement(JdbcClient jdbc, Codebook codebook) {
        this.jdbc = jdbc;
        this.codebook = codebook;
    }

    /** Coders: the chosen members, all members when fewer than two are chosen; codes: the chosen ones, else all. */
    @Transactional(readOnly = true)
    public Agreement compute(Project project, List<Long> coderIds, AgreementUnit unit, List<Long> codeIds) {
        List<ProjectMember> coders = coders(project, coderIds);
        if (unit == AgreementUnit.CHARACTERS && coders.size() != 2) {
            throw new QualRefusedException("qual.agreement.charactersTwoCoders");
        }
        Corpus corpus = corpus(project.id(), unit);
        List<AgreementRow> rows = new ArrayList<>();
        for (Code code : codes(project.id(), codeIds)) {
            if (unit == AgreementUnit.CHARACTERS) {
                rows.add(new AgreementRow(code, characterKappa(corpus, coders, code.id()), null));
            } else {
                List<List<Boolean>> values = coders.stream().map(c -> corpus.values(c.userId(), code.id())).toList();
                rows.add(new AgreementRow(code, coders.size() == 2 ? CohensKappa.units(values.get(0), values.get(1)) : null,
                        KrippendorffAlpha.nominal(values)));
            }
        }
        return new Agreement(coders, unit, rows);
    }

    /**
     * The stretches of text at least two coders judged differently for a code, with who applied it (and who did not
     * code that transcript at all).
     */
    @Transactional(readOnly = true)
    public List<AgreementDisagreement> disagreements(Project project, List<Long> coderIds, AgreementUnit unit, long codeId) {
        List<ProjectMember> coders = coders(project, coderIds);
        Code code = codes(project.id(), List.of(codeId)).get(0);
        if (unit == AgreementUnit.CHARACTERS && coders.size() != 2) {
            throw new QualRefusedException("qual.agreement.charactersTwoCoders");
        }
        Corpus corpus = corpus(project.id(), unit);
        List<AgreementDisagreement> found = new ArrayList<>();
        for (Doc doc : corpus.docs) {
            if (unit == AgreementUnit.CHARACTERS) {
                Map<Long, List<Segment>> a = doc.codings.get(coders.get(0).userId());
                Map<Long, List<Segment>> b = doc.codings.get(coders.get(1).userId());
                if (a == null || b == null) {
                    continue;
                }
                for (Disagreements.CharacterDisagreement d : Disagreements.characters(doc.length,
                        a.getOrDefault(code.id(), List.of()), b.getOrDefault(code.id(), List.of()))) {
                    found.add(new AgreementDisagreement(doc.title, CodePoints.slice(doc.content, d.start(), d.end()),
                            List.of(d.codedByFirst(), !d.codedByFirst())));
                }
            } else {
                List<List<Boolean>> values = coders.stream().map(c -> doc.values(c.userId(), code.id())).toList();
                for (Disagreements.UnitDisagreement<Boolean> d : Disagreements.units(values)) {
                    if (d.values().stream().filter(java.util.Objects::nonNull).distinct().count() < 2) {
                        continue; // only one coder's value here: missing data, not a disagreement
                    }
                    int[] span = doc.units.get(d.unit());
                    found.add(new AgreementDisagreement(doc.title, CodePoints.slice(doc.content, span[0], span[1]), d.values()));
                }
            }
        }
        return found;
    }

    private kg.kozomol.qual.agreement.Kappa characterKappa(Corpus corpus, List<ProjectMember> coders, long codeId) {
        List<Segment> first = new ArrayList<>();
        List<Segment> second = new ArrayList<>();
        int offset = 0;
        for (Doc doc : corpus.docs) {
            Map<Long, List<Segment>> a = doc.codings.get(coders.get(0).userId());
            Map<Long, List<Segment>> b = doc.codings.get(coders.get(1).userId());
            if (a == null || b == null) {
                continue;
            }
            int shift = offset;
            a.getOrDefault(codeId, List.of()).forEach(s -> first.add(new Segment(s.start() + shift, s.end() + shift)));
            b.getOrDefault(codeId, List.of()).forEach(s -> second.add(new Segment(s.start() + shift, s.end() + shift)));
            offset += doc.length;
        }
        return CohensKappa.characters(offset, first, second);
    }

    private static List<ProjectMember> coders(Project project, List<Long> coderIds) {
        List<Long> chosen = coderIds == null ? List.of() : coderIds.stream().distinct().toList();
        if (chosen.stream().anyMatch(id -> !project.isMember(id))) {
            throw new QualRefusedException("qual.agreement.notCoder");
        }
        return project.members().stream().filter(m -> chosen.size() < 2 || chosen.contains(m.userId())).toList();
    }

    private List<Code> codes(long projectId, List<Long> codeIds) {
        List<Code> all = codebook.codes(projectId);
        if (codeIds == null || codeIds.isEmpty()) {
            return all;
        }
        if (codeIds.stream().anyMatch(id -> all.stream().noneMatch(c -> c.id() == id))) {
            throw new QualRefusedException("qual.validation.code");
        }
        return all.stream().filter(c -> codeIds.contains(c.id())).toList();
    }

    private Corpus corpus(long projectId, AgreementUnit unit) {
        Map<Long, Doc> docs = new LinkedHashMap<>();
        jdbc.sql("""
                select t.id, t.title, t.content from qual_transcript t join qual_case k on k.id = t.case_id
                left join qual_consent s on s.case_id = k.id
                where t.project_id = :p and t.status = 'OPEN' and s.withdrawn_on is null order by t.id""")
                .param("p", projectId).query((rs, row) -> docs.put(rs.getLong(1), new Doc(rs.getString(2), rs.getString(3))))
                .list();
        if (docs.isEmpty()) {
            return new Corpus(List.of());
        }
        if (unit == AgreementUnit.TURNS) {
            jdbc.sql("select transcript_id, start_cp, end_cp from qual_unit where transcript_id in (:ids) order by transcript_id, position")
                    .param("ids", docs.keySet()).query((rs, row) -> docs.get(rs.getLong(1)).units
                            .add(new int[] {rs.getInt(2), rs.getInt(3)})).list();
        } else if (unit == AgreementUnit.SENTENCES) {
            docs.values().forEach(Doc::splitSentences);
        }
        jdbc.sql("select transcript_id, coder_id, code_id, start_cp, end_cp from qual_coding where transcript_id in (:ids)")
                .param("ids", docs.keySet()).query((rs, row) -> docs.get(rs.getLong(1)).codings
                        .computeIfAbsent(rs.getLong(2), k -> new HashMap<>())
                        .computeIfAbsent(rs.getLong(3), k -> new ArrayList<>()).add(new Segment(rs.getInt(4), rs.getInt(5))))
                .list();
        return new Corpus(List.copyOf(docs.values()));
    }

    private record Corpus(List<Doc> docs) {

        /** One value per unit of every transcript, in transcript order. */
        List<Boolean> values(long coderId, long codeId) {
            List<Boolean> values = new ArrayList<>();
            docs.forEach(doc -> values.addAll(doc.values(coderId, codeId)));
            return values;
        }
    }

    private static final class Doc {
        final String title;
        final String content;
        final int length;
        final List<int[]> units = new ArrayList<>();
        /** coder → code → segments; a coder missing here coded nothing in the transcript. */
        final Map<Long, Map<Long, List<Segment>>> codings = new HashMap<>();

        Doc(String title, String content) {
            this.title = title;
            this.content = content;
            this.length = CodePoints.length(content);
        }

        void splitSentences() {
            List<Turn> turns = SpeakerTurns.split(content, null);
            for (int[] s : turns.isEmpty() ? SpeakerTurns.sentences(content) : SpeakerTurns.sentences(content, turns)) {
                units.add(new int[] {CodePoints.of(content, s[0]), CodePoints.of(content, s[1])});
            }
        }

        List<Boolean> values(long coderId, long codeId) {
            Map<Long, List<Segment>> byCode = codings.get(coderId);
            List<Boolean> values = new ArrayList<>(units.size());
            for (int[] unit : units) {
                values.add(byCode == null ? null : byCode.getOrDefault(codeId, List.of()).stream()
                        .anyMatch(s -> s.start() < unit[1] && unit[0] < s.end()));
            }
            return values;
        }
    }
}
