package kg.kozomol.programme;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.StaleRecordException;

/**
 * Targets and actuals of indicators. A value is read by its indicator's measure (a percentage over 100 or a word for a
 * count is refused, field by field); one target per period, one actual per period and producer; correcting a value
 * needs the version that was loaded, so a parallel correction is never overwritten.
 */
@Service
public class IndicatorValues {

    static final String ENTITY = "programme_indicator_value";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    IndicatorValues(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Everything wrong with a value for this indicator, field by field; empty when it may be saved. */
    public List<FieldProblem> problems(Indicator indicator, ValueDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.period() < 1991 || d.period() > 2100) {
            problems.add(new FieldProblem("period", "programme.validation.year"));
        }
        if (d.kind() == null || d.producer() == null || (d.kind() == ValueKind.TARGET) != (d.producer() == ValueProducer.PLAN)) {
            problems.add(new FieldProblem("producer", "programme.validation.producer"));
        }
        MeasureType.Reading value = indicator.measure().read(d.value(), indicator.categories());
        if (!value.ok()) {
            problems.add(new FieldProblem("value", value.problem()));
        }
        boolean precisionGiven = !Programmes.blank(d.se()) || !Programmes.blank(d.ciLow()) || !Programmes.blank(d.ciHigh())
                || !Programmes.blank(d.n()) || !Programmes.blank(d.deff());
        if (precisionGiven && (!indicator.measure().numeric() || d.kind() != ValueKind.ACTUAL)) {
            problems.add(new FieldProblem("se", "programme.validation.precisionNotAllowed"));
            return problems;
        }
        positive(d.se(), "se", true, problems);
        positive(d.deff(), "deff", false, problems);
        if (!Programmes.blank(d.n()) && !d.n().trim().matches("[1-9]\\d{0,8}")) {
            problems.add(new FieldProblem("n", "programme.validation.sampleSize"));
        }
        BigDecimal low = bound(d.ciLow(), "ciLow", indicator.measure(), problems);
        BigDecimal high = bound(d.ciHigh(), "ciHigh", indicator.measure(), problems);
        if ((low == null) != (high == null) && problems.stream().noneMatch(p -> p.field().startsWith("ci"))) {
            problems.add(new FieldProblem("ciHigh", "programme.validation.ciBoth"));
        }
        if (low != null && high != null && value.number() != null
                && (low.compareTo(value.number()) > 0 || high.compareTo(value.number()) < 0)) {
            problems.add(new FieldProblem("ciLow", "programme.validation.ciOrder"));
        }
        return problems;
    }

    /** Records a new value, or corrects the one for the same period and producer when the loaded version is given. */
    @Transactional
    public IndicatorValue save(Indicator indicator, ValueDraft d, KozomolPrincipal user) {
        List<FieldProblem> problems = problems(indicator, d);
        if (!problems.isEmpty()) {
            throw new ProgrammeRuleException(problems.get(0).field(), problems.get(0).messageKey());
        }
        MeasureType.Reading value = indicator.measure().read(d.value(), indicator.categories());
        Optional<IndicatorValue> existing = find(indicator.id(), d.period(), d.kind(), d.producer());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("indicator", indicator.id());
        p.put("period", d.period());
        p.put("kind", d.kind().name());
        p.put("producer", d.producer().name());
        p.put("number", value.number());
        p.put("text", value.text());
        p.put("se", MeasureType.number(d.se()));
        p.put("low", MeasureType.number(d.ciLow()));
        p.put("high", MeasureType.number(d.ciHigh()));
        p.put("n", Programmes.blank(d.n()) ? null : Integer.valueOf(d.n().trim()));
        p.put("deff", MeasureType.number(d.deff()));
        p.put("note", Programmes.plain(d.note()));
        p.put("by", user.id());
        if (existing.isEmpty()) {
            if (d.expectedVersion() != null) {
                throw new StaleRecordException(ENTITY + " " + indicator.id() + "/" + d.period());
            }
            long id = jdbc.sql("""
                    insert into programme_indicator_value (indicator_id, period, kind, producer, value_number, value_text, se,
                      ci_low, ci_high, n, deff, note, recorded_by)
                    values (:indicator, :period, :kind, :producer, :number, :text, :se, :low, :high, :n, :deff, :note, :by)
                    returning id
                    """).params(p).query(Long.class).single();
            IndicatorValue created = find(indicator.id(), d.period(), d.kind(), d.producer()).orElseThrow();
            audit.created(ENTITY, id, created);
            return created;
        }
        IndicatorValue before = existing.get();
        if (d.expectedVersion() == null) {
            throw new ProgrammeRuleException("period", "programme.refused.valueExists");
        }
        int changed = jdbc.sql("""
                update programme_indicator_value set value_number = :number, value_text = :text, se = :se, ci_low = :low,
                  ci_high = :high, n = :n, deff = :deff, note = :note, recorded_by = :by, recorded_at = now(), version = version + 1
                where id = :id and version = :version
                """).params(p).param("id", before.id()).param("version", d.expectedVersion()).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + before.id());
        }
        IndicatorValue after = find(indicator.id(), d.period(), d.kind(), d.producer()).orElseThrow();
        audit.updated(ENTITY, before.id(), before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public Optional<IndicatorValue> find(long indicatorId, int period, ValueKind kind, ValueProducer producer) {
        return jdbc.sql("select * from programme_indicator_value where indicator_id = :indicator and period = :period"
                        + " and kind = :kind and producer = :producer")
                .param("indicator", indicatorId).param("period", period).param("kind", kind.name())
                .param("producer", producer.name()).query(IndicatorValues::row).optional();
    }

    /** Every value of a programme's indicators, by indicator, in period order (targets before actuals). */
    @Transactional(readOnly = true)
    public Map<Long, List<IndicatorValue>> of(long programmeId) {
        return jdbc.sql("""
                select v.* from programme_indicator_value v
                  join programme_indicator i on i.id = v.indicator_id join programme_node n on n.id = i.node_id
                where n.programme_id = :programme order by v.indicator_id, v.period, v.kind desc, v.producer
                """).param("programme", programmeId).query(IndicatorValues::row).list().stream()
                .collect(Collectors.groupingBy(IndicatorValue::indicatorId, LinkedHashMap::new, Collectors.toList()));
    }

    private static void positive(String raw, String field, boolean zeroAllowed, List<FieldProblem> problems) {
        if (Programmes.blank(raw)) {
            return;
        }
        BigDecimal number = MeasureType.number(raw);
        if (number == null || number.signum() < 0 || (!zeroAllowed && number.signum() == 0)) {
            problems.add(new FieldProblem(field, "programme.validation.positive"));
        }
    }

    private static BigDecimal bound(String raw, String field, MeasureType measure, List<FieldProblem> problems) {
        if (Programmes.blank(raw)) {
            return null;
        }
        MeasureType.Reading reading = measure.read(raw, List.of());
        if (!reading.ok()) {
            problems.add(new FieldProblem(field, reading.problem()));
            return null;
        }
        return reading.number();
    }

    private static IndicatorValue row(ResultSet rs, int n) throws SQLException {
        BigDecimal number = rs.getBigDecimal("value_number");
        return new IndicatorValue(rs.getLong("id"), rs.getLong("indicator_id"), rs.getInt("period"),
                ValueKind.valueOf(rs.getString("kind")), ValueProducer.valueOf(rs.getString("producer")),
                number != null ? number.stripTrailingZeros().toPlainString() : rs.getString("value_text"), rs.getBigDecimal("se"),
                rs.getBigDecimal("ci_low"), rs.getBigDecimal("ci_high"), rs.getObject("n", Integer.class), rs.getBigDecimal("deff"),
                rs.getString("note"), rs.getInt("version"));
    }
}
