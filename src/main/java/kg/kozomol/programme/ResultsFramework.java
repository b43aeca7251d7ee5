package kg.kozomol.programme;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.NotFoundException;

/** A programme's results framework: the tree of goal, outcomes, outputs and activities, and their indicators. */
@Service
public class ResultsFramework {

    static final String NODE = "programme_node";
    static final String INDICATOR = "programme_indicator";
    private static final String INDICATOR_COLUMNS = """
            i.id, i.node_id, i.name_ru, i.name_ky, i.measure, i.unit, i.direction, i.categories, i.disaggregations,
            i.verification, i.baseline_year, i.baseline_number, i.baseline_text, i.baseline_source, i.version""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ResultsFramework(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Adds a node under a parent of the kind above it; a programme has one goal. */
    @Transactional
    public FrameworkNode addNode(long programmeId, NodeDraft draft) {
        if (draft.kind() == null) {
            throw new ProgrammeRuleException("kind", "programme.validation.required");
        }
        if (Programmes.blank(draft.titleRu())) {
            throw new ProgrammeRuleException("titleRu", "programme.validation.required");
        }
        List<FrameworkNode> nodes = tree(programmeId);
        if (draft.kind() == NodeKind.GOAL) {
            if (draft.parentId() != null || nodes.stream().anyMatch(n -> n.kind() == NodeKind.GOAL)) {
                throw new ProgrammeRuleException("kind", "programme.refused.oneGoal");
            }
        } else {
            FrameworkNode parent = nodes.stream().filter(n -> draft.parentId() != null && n.id() == draft.parentId()).findFirst()
                    .orElseThrow(() -> new ProgrammeRuleException("parentId", "programme.refused.parentKind"));
            if (parent.kind() != draft.kind().parentKind()) {
                throw new ProgrammeRuleException("parentId", "programme.refused.parentKind");
            }
        }
        long id = jdbc.sql("""
                insert into programme_node (programme_id, parent_id, kind, title_ru, title_ky, assumptions, risks)
                values (:programme, :parent, :kind, :titleRu, :titleKy, :assumptions, :risks) returning id
                """).param("programme", programmeId).param("parent", draft.parentId()).param("kind", draft.kind().name())
                .param("titleRu", Programmes.plain(draft.titleRu())).param("titleKy", Programmes.plain(draft.titleKy()))
                .param("assumptions", Programmes.plain(draft.assumptions())).param("risks", Programmes.plain(draft.risks()))
                .query(Long.class).single();
        FrameworkNode created = tree(programmeId).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
        audit.created(NODE, id, created);
        return created;
    }

    /** The nodes of a programme depth first, each after its parent, siblings in the order they were added. */
    @Transactional(readOnly = true)
    public List<FrameworkNode> tree(long programmeId) {
        List<FrameworkNode> flat = jdbc.sql("""
                select id, programme_id, parent_id, kind, title_ru, title_ky, assumptions, risks, version
                from programme_node where programme_id = :programme order by id
                """).param("programme", programmeId).query((rs, n) -> new FrameworkNode(rs.getLong("id"), rs.getLong("programme_id"),
                rs.getObject("parent_id", Long.class), NodeKind.valueOf(rs.getString("kind")), rs.getString("title_ru"),
                rs.getString("title_ky"), rs.getString("assumptions"), rs.getString("risks"), 0, rs.getInt("version"))).list();
        Map<Long, List<FrameworkNode>> children = flat.stream().filter(n -> n.parentId() != null)
                .collect(Collectors.groupingBy(FrameworkNode::parentId, LinkedHashMap::new, Collectors.toList()));
        List<FrameworkNode> ordered = new ArrayList<>(flat.size());
        flat.stream().filter(n -> n.parentId() == null).forEach(root -> walk(root, 0, children, ordered));
        return ordered;
    }

    private static void walk(FrameworkNode node, int depth, Map<Long, List<FrameworkNode>> children, List<FrameworkNode> out) {
        out.add(new FrameworkNode(node.id(), node.programmeId(), node.parentId(), node.kind(), node.titleRu(), node.titleKy(),
                node.assumptions(), node.risks(), depth, node.version()));
        children.getOrDefault(node.id(), List.of()).forEach(child -> walk(child, depth + 1, children, out));
    }

    public FrameworkNode node(long programmeId, long nodeId) {
        return tree(programmeId).stream().filter(n -> n.id() == nodeId).findFirst()
                .orElseThrow(() -> new NotFoundException(NODE + " " + nodeId));
    }

    /** Everything wrong with an indicator as typed, field by field; empty when it may be saved. */
    public List<FieldProblem> problems(IndicatorDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Programmes.blank(d.nameRu())) {
            problems.add(new FieldProblem("nameRu", "programme.validation.required"));
        }
        if (d.direction() == null) {
            problems.add(new FieldProblem("direction", "programme.validation.required"));
        }
        if (d.measure() == null) {
            problems.add(new FieldProblem("measure", "programme.validation.required"));
            return problems;
        }
        if (d.measure() == MeasureType.UNIT && Programmes.blank(d.unit())) {
            problems.add(new FieldProblem("unit", "programme.validation.unitRequired"));
        }
        if (d.measure().categorical() && d.categories().size() < 2) {
            problems.add(new FieldProblem("categories", "programme.validation.categoriesRequired"));
        }
        if (!Programmes.blank(d.baselineValue())) {
            MeasureType.Reading baseline = d.measure().read(d.baselineValue(), d.categories());
            if (!baseline.ok()) {
                problems.add(new FieldProblem("baselineValue", baseline.problem()));
            }
            if (d.baselineYear() == null) {
                problems.add(new FieldProblem("baselineYear", "programme.validation.baselineYear"));
            }
        }
        return problems;
    }

    @Transactional
    public Indicator addIndicator(long programmeId, long nodeId, IndicatorDraft draft) {
        node(programmeId, nodeId);
        List<FieldProblem> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new ProgrammeRuleException(problems.get(0).field(), problems.get(0).messageKey());
        }
        MeasureType.Reading baseline = Programmes.blank(draft.baselineValue()) ? null
                : draft.measure().read(draft.baselineValue(), draft.categories());
        long id = jdbc.sql("""
                insert into programme_indicator (node_id, name_ru, name_ky, measure, unit, direction, categories, disaggregations,
                  verification, baseline_year, baseline_number, baseline_text, baseline_source)
                values (:node, :nameRu, :nameKy, :measure, :unit, :direction, string_to_array(:categories, chr(10)), :disaggregations,
                  :verification, :year, :number, :text, :source) returning id
                """).param("node", nodeId).param("nameRu", Programmes.plain(draft.nameRu()))
                .param("nameKy", Programmes.plain(draft.nameKy())).param("measure", draft.measure().name())
                .param("unit", draft.measure() == MeasureType.PERCENTAGE ? "%" : Programmes.plain(draft.unit()))
                .param("direction", draft.direction().name())
                .param("categories", String.join("\n", draft.measure().categorical() ? draft.categories() : List.of()))
                .param("disaggregations", Programmes.plain(draft.disaggregations()))
                .param("verification", Programmes.plain(draft.verification())).param("year", draft.baselineYear())
                .param("number", baseline == null ? null : baseline.number()).param("text", baseline == null ? null : baseline.text())
                .param("source", Programmes.plain(draft.baselineSource())).query(Long.class).single();
        Indicator created = indicator(programmeId, id).orElseThrow();
        audit.created(INDICATOR, id, created);
        return created;
    }

    @Transactional(readOnly = true)
    public Optional<Indicator> indicator(long programmeId, long indicatorId) {
        return jdbc.sql("select " + INDICATOR_COLUMNS + """
                 from programme_indicator i join programme_node n on n.id = i.node_id
                where i.id = :id and n.programme_id = :programme
                """).param("id", indicatorId).param("programme", programmeId).query(ResultsFramework::indicatorRow).optional();
    }

    /** The indicators of a programme, by node. */
    @Transactional(readOnly = true)
    public Map<Long, List<Indicator>> indicators(long programmeId) {
        return jdbc.sql("select " + INDICATOR_COLUMNS + """
                 from programme_indicator i join programme_node n on n.id = i.node_id
                where n.programme_id = :programme order by i.id
                """).param("programme", programmeId).query(ResultsFramework::indicatorRow).list().stream()
                .collect(Collectors.groupingBy(Indicator::nodeId, LinkedHashMap::new, Collectors.toList()));
    }

    private static Indicator indicatorRow(ResultSet rs, int n) throws SQLException {
        BigDecimal number = rs.getBigDecimal("baseline_number");
        Array categories = rs.getArray("categories");
        return new Indicator(rs.getLong("id"), rs.getLong("node_id"), rs.getString("name_ru"), rs.getString("name_ky"),
                MeasureType.valueOf(rs.getString("measure")), rs.getString("unit"), IndicatorDirection.valueOf(rs.getString("direction")),
                categories == null ? List.of() : Arrays.asList((String[]) categories.getArray()), rs.getString("disaggregations"),
                rs.getString("verification"), rs.getObject("baseline_year", Integer.class),
                number != null ? number.stripTrailingZeros().toPlainString() : rs.getString("baseline_text"),
                rs.getString("baseline_source"), rs.getInt("version"));
    }
}
