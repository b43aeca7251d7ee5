package kg.kozomol.qual;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.qual.refi.CodePointIndex;
import kg.kozomol.qual.refi.RefiCase;
import kg.kozomol.qual.refi.RefiCode;
import kg.kozomol.qual.refi.RefiCodebook;
import kg.kozomol.qual.refi.RefiCoding;
import kg.kozomol.qual.refi.RefiImport;
import kg.kozomol.qual.refi.RefiNote;
import kg.kozomol.qual.refi.RefiProject;
import kg.kozomol.qual.refi.RefiSelection;
import kg.kozomol.qual.refi.RefiSource;
import kg.kozomol.qual.refi.RefiUser;
import kg.kozomol.qual.refi.RefiVariable;
import kg.kozomol.qual.refi.RefiVariableValue;

/**
 * Exchange with other QDA programs through REFI-QDA. Only pseudonymised text of released transcripts whose
 * participant has not withdrawn ever leaves; every export is audited. An import happens in one transaction: a refusal
 * anywhere leaves nothing behind. Imported sources wait in the pseudonymisation review like uploaded files, their
 * codings with them.
 */
@Service
public class QualRefi {

    static final String EXPORT = "qual_refi_export";
    static final String IMPORT = "qual_refi_import";
    static final String ORIGIN = "Kozomol";
    private static final Pattern COLOUR = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private final JdbcClient jdbc;
    private final QualProjects projects;
    private final Codebook codebook;
    private final Cases cases;
    private final Transcripts transcripts;
    private final AuditLog audit;

    QualRefi(JdbcClient jdbc, QualProjects projects, Codebook codebook, Cases cases, Transcripts transcripts,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.codebook = codebook;
        this.cases = cases;
        this.transcripts = transcripts;
        this.audit = audit;
    }

    @Transactional
    public RefiCodebook exportCodebook(long projectId) {
        audit.created(EXPORT, projectId, Map.of("format", "qdc"));
        return new RefiCodebook(ORIGIN, tree(codebook.codes(projectId), null));
    }

    @Transactional
    public RefiProject exportProject(long projectId) {
        Project project = projects.require(projectId);
        Map<Long, List<RefiSelection>> selections = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        Map<Long, RefiCase> byCase = new LinkedHashMap<>();
        List<RefiSource> sources = new ArrayList<>();
        List<long[]> exported = jdbc.sql("""
                select t.id, t.case_id from qual_transcript t join qual_case k on k.id = t.case_id
                left join qual_consent s on s.case_id = k.id
                where t.project_id = :p and t.status = 'OPEN' and s.withdrawn_on is null order by t.id""")
                .param("p", projectId).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        for (long[] row : exported) {
            Transcript t = transcripts.require(row[0]);
            texts.put(t.id(), t.content());
            byCase.computeIfAbsent(t.caseId(), id -> new RefiCase(guid(Cases.ENTITY, id), t.caseLabel(), null,
                    values(projectId, cases.require(id)), List.of()));
        }
        if (!texts.isEmpty()) {
            Map<Long, CodePointIndex> indexes = new HashMap<>();
            jdbc.sql("select id, transcript_id, code_id, coder_id, start_cp, end_cp from qual_coding where transcript_id in (:ids) "
                    + "order by transcript_id, start_cp, end_cp, id").param("ids", texts.keySet()).query((rs, row) -> {
                        CodePointIndex text = indexes.computeIfAbsent(rs.getLong(2), t -> CodePointIndex.of(texts.get(t)));
                        String user = guid("app_user", rs.getLong(4));
                        return selections.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new RefiSelection(
                                guid(Codings.ENTITY, rs.getLong(1)), null, text.charOffset(rs.getInt(5)),
                                text.charOffset(rs.getInt(6)), user,
                                List.of(new RefiCoding(guid("qual_coding_code", rs.getLong(1)), guid(Codebook.ENTITY, rs.getLong(3)), user))));
                    }).list();
        }
        Map<Long, List<String>> sourcesOfCase = new HashMap<>();
        for (long[] row : exported) {
            Transcript t = transcripts.require(row[0]);
            sources.add(new RefiSource(guid(Transcripts.ENTITY, t.id()), t.interview().title(), t.content(),
                    selections.getOrDefault(t.id(), List.of())));
            sourcesOfCase.computeIfAbsent(t.caseId(), k -> new ArrayList<>()).add(guid(Transcripts.ENTITY, t.id()));
        }
        List<RefiCase> refiCases = byCase.entrySet().stream().map(e -> new RefiCase(e.getValue().guid(), e.getValue().name(),
                null, e.getValue().values(), sourcesOfCase.get(e.getKey()))).toList();
        List<RefiUser> users = project.members().stream().map(m -> new RefiUser(guid("app_user", m.userId()), m.fullName())).toList();
        List<RefiNote> notes = notes(projectId, texts.keySet());
        audit.created(EXPORT, projectId, Map.of("format", "qdpx", "sources", sources.size(), "notes", notes.size()));
        return new RefiProject(project.title(), ORIGIN, users, new RefiCodebook(ORIGIN, tree(codebook.codes(projectId), null)),
                variables(projectId), refiCases, sources, notes);
    }

    /** Every case attribute is a text variable, named by its column, so a re-import can match it. */
    private static List<RefiVariable> variables(long projectId) {
        return Arrays.stream(CaseAttribute.values()).map(a -> new RefiVariable(variableGuid(projectId, a), a.column())).toList();
    }

    private static List<RefiVariableValue> values(long projectId, QualCase qualCase) {
        return Arrays.stream(CaseAttribute.values()).filter(a -> a.of(qualCase) != null)
                .map(a -> new RefiVariableValue(variableGuid(projectId, a), a.of(qualCase))).toList();
    }

    private static String variableGuid(long projectId, CaseAttribute attribute) {
        return guid("qual_variable_" + attribute.column(), projectId);
    }

    /** Memos on codes, and on exported transcripts and their codings; none about a transcript that stays behind. */
    private List<RefiNote> notes(long projectId, Set<Long> exported) {
        return jdbc.sql("""
                select m.id, m.transcript_id, m.code_id, m.coding_id, g.transcript_id as coded, m.author_id, m.content
                from qual_memo m left join qual_coding g on g.id = m.coding_id where m.project_id = :p order by m.id""")
                .param("p", projectId).query((rs, row) -> {
                    Long transcript = rs.getObject("transcript_id", Long.class);
                    Long code = rs.getObject("code_id", Long.class);
                    Long coding = rs.getObject("coding_id", Long.class);
                    Long coded = rs.getObject("coded", Long.class);
                    String target = transcript != null ? (exported.contains(transcript) ? guid(Transcripts.ENTITY, transcript) : null)
                            : code != null ? guid(Codebook.ENTITY, code)
                            : exported.contains(coded) ? guid(Codings.ENTITY, coding) : null;
                    return target == null ? null : new RefiNote(guid(Memos.ENTITY, rs.getLong("id")), null, rs.getString("content"),
                            guid("app_user", rs.getLong("author_id")), target);
                }).list().stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Adds the codes to the project's codebook; a code whose name is taken is kept as it is. Returns warnings. */
    @Transactional
    public List<String> importCodebook(long projectId, RefiCodebook book) {
        List<String> warnings = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        addCodes(projectId, book.codes(), null, ids, warnings);
        audit.created(IMPORT, projectId, Map.of("format", "qdc", "codes", ids.size(), "warnings", warnings));
        return warnings;
    }

    /** Adds the sources (to the review queue), their cases, the codebook and the codings. Returns warnings. */
    @Transactional
    public List<String> importProject(long projectId, RefiImport read, KozomolPrincipal by) {
        Project project = projects.require(projectId);
        RefiProject refi = read.project();
        List<String> warnings = new ArrayList<>(read.warnings());
        Map<String, Long> codeIds = new HashMap<>();
        addCodes(projectId, refi.codebook() == null ? List.of() : refi.codebook().codes(), null, codeIds, warnings);
        Map<String, Long> coders = coders(project, refi.users(), by, warnings);
        Map<String, RefiCase> caseOfSource = new HashMap<>();
        for (RefiCase c : refi.cases()) {
            c.sourceGuids().forEach(source -> caseOfSource.putIfAbsent(source, c));
        }
        Map<String, String> variables = new HashMap<>();
        refi.variables().forEach(v -> variables.put(v.guid(), v.name()));
        if (!refi.notes().isEmpty()) {
            warnings.add(refi.notes().size() + " notes (memos) were not imported: their text has not been through pseudonymisation");
        }
        int codings = 0;
        for (RefiSource source : refi.sources()) {
            String title = limit(source.name() == null || source.name().isBlank() ? source.guid() : source.name(), 300);
            if (source.text() == null || source.text().isBlank()) {
                warnings.add("source \"" + title + "\" has no text and was not imported");
                continue;
            }
            QualCase qualCase = caseFor(projectId, caseOfSource.get(source.guid()), title, variables, warnings);
            if (qualCase.locked()) {
                warnings.add("source \"" + title + "\" belongs to a withdrawn case and was not imported");
                continue;
            }
            long transcriptId = transcripts.imported(projectId, qualCase.id(), title, source.text(), by).id();
            for (RefiSelection selection : source.selections()) {
                int start = CodePoints.of(source.text(), selection.start());
                int end = CodePoints.of(source.text(), selection.end());
                for (RefiCoding coding : selection.codings()) {
                    Long code = codeIds.get(coding.codeGuid());
                    if (end <= start || code == null) {
                        warnings.add("an empty selection or unknown code in \"" + title + "\" was not imported");
                        continue;
                    }
                    String user = coding.userGuid() != null ? coding.userGuid() : selection.userGuid();
                    codings += jdbc.sql("""
                            insert into qual_coding (transcript_id, code_id, coder_id, start_cp, end_cp) values (:t, :c, :u, :s, :e)
                            on conflict do nothing""").param("t", transcriptId).param("c", code)
                            .param("u", coders.getOrDefault(user, by.id())).param("s", start).param("e", end).update();
                }
            }
        }
        audit.created(IMPORT, projectId, Map.of("format", "qdpx", "sources", refi.sources().size(), "codes", codeIds.size(),
                "codings", codings, "warnings", warnings));
        return warnings;
    }

    /** A new project of the study, led by the importer, holding the imported one. */
    @Transactional
    public Project importNewProject(long studyId, String title, RefiImport read, KozomolPrincipal by, List<String> warnings) {
        String name = title == null || title.isBlank() ? read.project().name() : title;
        Project created = projects.create(studyId, name == null || name.isBlank() ? "REFI-QDA" : limit(name.strip(), 300), by);
        warnings.addAll(importProject(created.id(), read, by));
        return created;
    }

    private void addCodes(long projectId, List<RefiCode> codes, Long parentId, Map<String, Long> ids, List<String> warnings) {
        Map<String, Long> existing = new HashMap<>();
        codebook.codes(projectId).forEach(c -> existing.put(c.name().toLowerCase(Locale.ROOT), c.id()));
        for (RefiCode code : codes) {
            String name = code.name() == null ? "" : code.name().strip();
            Long id = existing.get(name.toLowerCase(Locale.ROOT));
            if (id != null) {
                warnings.add("code \"" + name + "\" is already in the codebook; the existing code is used");
            } else {
                String colour = code.color();
                if (colour != null && !COLOUR.matcher(colour).matches()) {
                    warnings.add("colour " + colour + " of code \"" + name + "\" is not #RRGGBB; the default colour is used");
                    colour = null;
                }
                String description = code.description();
                if (description != null && description.strip().length() > 5000) {
                    warnings.add("description of code \"" + name + "\" was cut to 5,000 characters");
                    description = description.strip().substring(0, 5000);
                }
                id = codebook.create(projectId, name, description, colour, parentId).id();
            }
            if (code.guid() != null) {
                ids.put(code.guid(), id);
            }
            addCodes(projectId, code.children(), id, ids, warnings);
        }
    }

    /** REFI users are matched to team members by full name; codings of anyone else become the importer's. */
    private static Map<String, Long> coders(Project project, List<RefiUser> users, KozomolPrincipal by, List<String> warnings) {
        Map<String, Long> coders = new HashMap<>();
        for (RefiUser user : users) {
            project.members().stream().filter(m -> m.fullName().equalsIgnoreCase(String.valueOf(user.name()).strip()))
                    .findFirst().ifPresentOrElse(m -> coders.put(user.guid(), m.userId()), () -> {
                        coders.put(user.guid(), by.id());
                        warnings.add("user \"" + user.name() + "\" is not on the project team; their codings are attributed to you");
                    });
        }
        return coders;
    }

    /** The case of that name, or a new one whose attributes come from the variables named like them. */
    private QualCase caseFor(long projectId, RefiCase refiCase, String sourceTitle, Map<String, String> variables,
            List<String> warnings) {
        String label = limit(refiCase == null ? sourceTitle : refiCase.name(), 100);
        Map<CaseAttribute, String> attributes = new EnumMap<>(CaseAttribute.class);
        for (var value : refiCase == null ? List.<RefiVariableValue>of() : refiCase.values()) {
            String name = variables.get(value.variableGuid());
            Arrays.stream(CaseAttribute.values()).filter(a -> a.column().equalsIgnoreCase(String.valueOf(name))).findFirst()
                    .ifPresentOrElse(a -> attributes.put(a, limit(value.text(), 50)), () -> warnings.add("variable \""
                            + name + "\" of case \"" + label + "\" is not a case attribute here and was not imported"));
        }
        return cases.of(projectId).stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseGet(() -> cases.create(projectId, new CaseDraft(label, attributes.get(CaseAttribute.SEX),
                        attributes.get(CaseAttribute.AGE_GROUP), attributes.get(CaseAttribute.REGION),
                        attributes.get(CaseAttribute.ROLE), null)));
    }

    private static List<RefiCode> tree(List<Code> codes, Long parentId) {
        return codes.stream().filter(c -> java.util.Objects.equals(c.parentId(), parentId))
                .map(c -> new RefiCode(guid(Codebook.ENTITY, c.id()), c.name(), c.colour(), c.description(), tree(codes, c.id())))
                .toList();
    }

    /** Stable per record, so a project exported twice keeps its GUIDs. */
    private static String guid(String entity, long id) {
        return UUID.nameUUIDFromBytes(("kozomol:" + entity + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String limit(String text, int max) {
        String s = text.strip();
        return s.length() <= max ? s : s.substring(0, s.offsetByCodePoints(0, s.codePointCount(0, max - 1)));
    }
}
