package kg.kozomol.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.platform.Languages;
import kg.kozomol.platform.RecordRows;

/**
 * Programmes as the public sees them, read only through the {@code portal_programme_*} views (migration V85): the
 * register entry, the results framework with baselines, targets and actuals, and the published evaluations with the
 * consensus, the conflict-of-interest statement and the management response. Individual ratings are in no view.
 */
@Service
public class PublicProgrammes {

    private final JdbcClient jdbc;

    PublicProgrammes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Summary(long id, String reference, String titleRu, String titleKy, String titleEn, String ownerRu,
            String ownerKy, String ownerEn, String actNumber, LocalDate actDate, String actUrl, int periodStart, int periodEnd,
            String budgetCode, String discussionUrl, ProgrammeStatus status) {

        public String title(Locale locale) {
            return Languages.pick(locale, titleRu, titleKy, titleEn);
        }

        public String owner(Locale locale) {
            return Languages.pick(locale, ownerRu, ownerKy, ownerEn);
        }

        public String path() {
            return "/p/programmes/" + id;
        }
    }

    public record Node(long id, Long parentId, NodeKind kind, String titleRu, String titleKy, String assumptions, String risks,
            int depth, List<PublicIndicator> indicators) {

        public String title(Locale locale) {
            return Languages.pick(locale, titleRu, titleKy);
        }
    }

    public record PublicIndicator(long id, long nodeId, String nameRu, String nameKy, MeasureType measure, String unit,
            Integer baselineYear, BigDecimal baselineNumber, String baselineText, String baselineSource, List<Value> values) {

        public String name(Locale locale) {
            return Languages.pick(locale, nameRu, nameKy);
        }
    }

    public record Value(long indicatorId, int period, String kind, String producer, BigDecimal valueNumber, String valueText,
            BigDecimal ciLow, BigDecimal ciHigh, Integer n) {}

    public record Criterion(long evaluationId, String code, String name, Integer agreedRating, String agreedText,
            String dissent) {}

    public record Panelist(long evaluationId, String fullName, boolean rapporteur, CoiDecision decision) {}

    public record Answer(long id, int position, String textRu, String textKy, Stance stance, String reasons, boolean late,
            List<ActionLine> actions) {

        public String text(Locale locale) {
            return Languages.pick(locale, textRu, textKy);
        }
    }

    public record Published(long id, EvaluationKind kind, String title, Integer overallRating, String overallRationale,
            Instant publishedAt, String commissionerRu, String commissionerKy, String commissionerEn, List<Criterion> criteria,
            List<Panelist> panel, List<Answer> recommendations) {

        public String commissioner(Locale locale) {
            return Languages.pick(locale, commissionerRu, commissionerKy, commissionerEn);
        }
    }

    @Transactional(readOnly = true)
    public List<Summary> list() {
        return jdbc.sql("select * from portal_programme order by period_start desc, reference").query(RecordRows.of(Summary.class)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Summary> find(long id) {
        return jdbc.sql("select * from portal_programme where id = :id").param("id", id).query(RecordRows.of(Summary.class)).optional();
    }

    /** The results framework depth first, goal → outcomes → outputs → activities, with indicators and their values. */
    @Transactional(readOnly = true)
    public List<Node> framework(long programmeId) {
        Map<Long, List<Value>> values = jdbc.sql("""
                select v.* from portal_programme_value v join portal_programme_indicator i on i.id = v.indicator_id
                where i.programme_id = :p order by v.period, v.kind desc, v.producer
                """).param("p", programmeId).query(RecordRows.of(Value.class)).list().stream()
                .collect(Collectors.groupingBy(Value::indicatorId));
        Map<Long, List<PublicIndicator>> indicators = jdbc.sql("select * from portal_programme_indicator where programme_id = :p order by id")
                .param("p", programmeId).query((rs, n) -> new PublicIndicator(rs.getLong("id"), rs.getLong("node_id"),
                        rs.getString("name_ru"), rs.getString("name_ky"), MeasureType.valueOf(rs.getString("measure")),
                        rs.getString("unit"), rs.getObject("baseline_year", Integer.class), rs.getBigDecimal("baseline_number"),
                        rs.getString("baseline_text"), rs.getString("baseline_source"), values.getOrDefault(rs.getLong("id"), List.of())))
                .list().stream().collect(Collectors.groupingBy(PublicIndicator::nodeId));
        List<Node> flat = jdbc.sql("select * from portal_programme_node where programme_id = :p order by id").param("p", programmeId)
                .query((rs, n) -> new Node(rs.getLong("id"), rs.getObject("parent_id", Long.class), NodeKind.valueOf(rs.getString("kind")),
                        rs.getString("title_ru"), rs.getString("title_ky"), rs.getString("assumptions"), rs.getString("risks"), 0,
                        indicators.getOrDefault(rs.getLong("id"), List.of()))).list();
        List<Node> ordered = new ArrayList<>();
        flat.stream().filter(n -> n.parentId() == null).forEach(root -> visit(root, 0, flat, ordered));
        return ordered;
    }

    /** The published evaluations with their consensus, conflict-of-interest statement and management response. */
    @Transactional(readOnly = true)
    public List<Published> evaluations(long programmeId) {
        return jdbc.sql("select * from portal_programme_evaluation where programme_id = :p order by published_at, id")
                .param("p", programmeId).query((rs, n) -> new Published(rs.getLong("id"), EvaluationKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getObject("overall_rating", Integer.class), rs.getString("overall_rationale"),
                        rs.getTimestamp("published_at").toInstant(), rs.getString("commissioner_ru"), rs.getString("commissioner_ky"),
                        rs.getString("commissioner_en"), List.of(), List.of(), List.of()))
                .list().stream().map(this::filled).toList();
    }

    private Published filled(Published e) {
        List<Criterion> criteria = jdbc.sql("select * from portal_programme_criterion where evaluation_id = :e order by position")
                .param("e", e.id()).query(RecordRows.of(Criterion.class)).list();
        List<Panelist> panel = jdbc.sql("select * from portal_programme_panel where evaluation_id = :e order by full_name")
                .param("e", e.id()).query(RecordRows.of(Panelist.class)).list();
        List<Answer> answers = jdbc.sql("select * from portal_programme_recommendation where evaluation_id = :e order by position")
                .param("e", e.id()).query((rs, n) -> new Answer(rs.getLong("id"), rs.getInt("position"), rs.getString("text_ru"),
                        rs.getString("text_ky"), rs.getString("stance") == null ? null : Stance.valueOf(rs.getString("stance")),
                        rs.getString("reasons"), rs.getBoolean("late"), jdbc.sql("""
                                select what, who, due from portal_programme_action where recommendation_id = :r order by position
                                """).param("r", rs.getLong("id")).query(RecordRows.of(ActionLine.class)).list())).list();
        return new Published(e.id(), e.kind(), e.title(), e.overallRating(), e.overallRationale(), e.publishedAt(),
                e.commissionerRu(), e.commissionerKy(), e.commissionerEn(), criteria, panel, answers);
    }

    private static void visit(Node node, int depth, List<Node> all, List<Node> out) {
        out.add(new Node(node.id(), node.parentId(), node.kind(), node.titleRu(), node.titleKy(), node.assumptions(), node.risks(),
                depth, node.indicators()));
        all.stream().filter(n -> Long.valueOf(node.id()).equals(n.parentId())).forEach(child -> visit(child, depth + 1, all, out));
    }
}
