package kg.kozomol.programme;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.stats.RoundComparison;
import kg.kozomol.study.Studies;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Recommendations;

/** Re-monitoring rounds of a programme, the CSO's findings per recommendation and the before/after per indicator. */
@Service
public class MonitoringRounds {

    static final String ENTITY = "programme_round";
    private static final String COLUMNS = """
            id, programme_id, study_id, previous_round_id, previous_study_id, title, instrument_note, frame_note,
            overlapping, version""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Programmes programmes;
    private final ResultsFramework framework;
    private final Studies studies;
    private final Recommendations recommendations;

    MonitoringRounds(JdbcClient jdbc, AuditLog audit, Programmes programmes, ResultsFramework framework,
            Studies studies, Recommendations recommendations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.programmes = programmes;
        this.framework = framework;
        this.studies = studies;
        this.recommendations = recommendations;
    }

    @Transactional
    public MonitoringRound create(long programmeId, RoundDraft d, KozomolPrincipal by, boolean demo) {
        programmes.require(programmeId);
        if (Programmes.blank(d.title())) {
            throw new ProgrammeRuleException("title", "programme.validation.required");
        }
        if (d.studyId() == null || studies.find(d.studyId()).isEmpty()) {
            throw new ProgrammeRuleException("studyId", "programme.round.validation.study");
        }
        Long previousStudy = d.previousStudyId();
        if (d.previousRoundId() != null) {
            previousStudy = find(d.previousRoundId()).filter(r -> r.programmeId() == programmeId)
                    .orElseThrow(() -> new ProgrammeRuleException("previousRoundId", "programme.round.validation.previous"))
                    .studyId();
        }
        if (previousStudy == null || studies.find(previousStudy).isEmpty() || previousStudy.equals(d.studyId())) {
            throw new ProgrammeRuleException("previousStudyId", "programme.round.validation.previous");
        }
        List<Long> indicatorIds = d.indicatorIds() == null ? List.of() : d.indicatorIds();
        List<Long> recommendationIds = d.recommendationIds() == null ? List.of() : d.recommendationIds();
        if (indicatorIds.stream().anyMatch(i -> framework.indicator(programmeId, i).isEmpty())) {
            throw new ProgrammeRuleException("indicatorIds", "programme.round.validation.indicator");
        }
        if (recommendationIds.stream().anyMatch(r -> recommendations.find(r).isEmpty())) {
            throw new ProgrammeRuleException("recommendationIds", "programme.round.validation.recommendation");
        }
        if (indicatorIds.isEmpty() && recommendationIds.isEmpty()) {
            throw new ProgrammeRuleException("indicatorIds", "programme.round.validation.nothing");
        }
        long id = jdbc.sql("""
                insert into programme_round (programme_id, study_id, previous_round_id, previous_study_id, title,
                  instrument_note, frame_note, overlapping, demo, created_by)
                values (:programme, :study, :previousRound, :previousStudy, :title, :instrument, :frame, :overlapping,
                  :demo, :by) returning id""")
                .param("programme", programmeId).param("study", d.studyId()).param("previousRound", d.previousRoundId())
                .param("previousStudy", previousStudy).param("title", d.title().trim())
                .param("instrument", Programmes.plain(d.instrumentNote())).param("frame", Programmes.plain(d.frameNote()))
                .param("overlapping", d.overlapping()).param("demo", demo).param("by", by.id())
                .query(Long.class).single();
        for (long recommendation : recommendationIds.stream().distinct().toList()) {
            jdbc.sql("insert into programme_round_recommendation (round_id, recommendation_id) values (:r, :x)")
                    .param("r", id).param("x", recommendation).update();
        }
        for (long indicator : indicatorIds.stream().distinct().toList()) {
            jdbc.sql("insert into programme_round_indicator (round_id, indicator_id) values (:r, :x)")
                    .param("r", id).param("x", indicator).update();
        }
        MonitoringRound round = require(id);
        audit.created(ENTITY, id, Map.of("round", round, "recommendations", recommendationIds, "indicators", indicatorIds));
        return round;
    }

    @Transactional
    public RoundRecommendation recordProgress(long roundId, long recommendationId, int expectedVersion,
            Completion completion, String effect, KozomolPrincipal by) {
        if (completion == null) {
            throw new ProgrammeRuleException("completion", "programme.validation.required");
        }
        if (effect != null && effect.length() > 5000) {
            throw new ProgrammeRuleException("effect", "programme.validation.tooLong");
        }
        RoundRecommendation before = recommendation(roundId, recommendationId);
        int changed = jdbc.sql("""
                update programme_round_recommendation set completion = :completion, effect = :effect, recorded_by = :by,
                  recorded_at = now(), version = version + 1
                where round_id = :round and recommendation_id = :rec and version = :version""")
                .param("completion", completion.name()).param("effect", Programmes.plain(effect)).param("by", by.id())
                .param("round", roundId).param("rec", recommendationId).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + roundId + "/" + recommendationId);
        }
        RoundRecommendation after = recommendation(roundId, recommendationId);
        audit.updated(ENTITY + "_recommendation", roundId + "/" + recommendationId, before, after);
        return after;
    }

    @Transactional
    public RoundIndicator recordComparison(long roundId, long indicatorId, int expectedVersion,
            RoundComparison.Result result, String source) {
        RoundIndicator before = indicator(roundId, indicatorId);
        int changed = jdbc.sql("""
                update programme_round_indicator set before_estimate = :b, before_se = :bse, after_estimate = :a,
                  after_se = :ase, difference = :d, difference_se = :dse, ci_low = :low, ci_high = :high,
                  linked = :linked, source = :source, computed_at = now(), version = version + 1
                where round_id = :round and indicator_id = :indicator and version = :version""")
                .param("b", decimal(result.before().estimate())).param("bse", decimal(result.before().se()))
                .param("a", decimal(result.after().estimate())).param("ase", decimal(result.after().se()))
                .param("d", decimal(result.difference().estimate())).param("dse", decimal(result.difference().se()))
                .param("low", decimal(result.difference().ci().lower()))
                .param("high", decimal(result.difference().ci().upper())).param("linked", result.linked())
                .param("source", Programmes.plain(source)).param("round", roundId).param("indicator", indicatorId)
                .param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + roundId + "/" + indicatorId);
        }
        RoundIndicator after = indicator(roundId, indicatorId);
        audit.updated(ENTITY + "_indicator", roundId + "/" + indicatorId, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public Optional<MonitoringRound> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme_round where id = :id").param("id", id)
                .query(MonitoringRounds::row).optional();
    }

    public MonitoringRound require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY + " " + id));
    }

    @Transactional(readOnly = true)
    public List<MonitoringRound> ofProgramme(long programmeId) {
        return jdbc.sql("select " + COLUMNS + " from programme_round where programme_id = :p order by id")
                .param("p", programmeId).query(MonitoringRounds::row).list();
    }

    @Transactional(readOnly = true)
    public List<RoundRecommendation> recommendations(long roundId) {
        return jdbc.sql("""
                select recommendation_id, completion, effect, version from programme_round_recommendation
                where round_id = :r order by recommendation_id""").param("r", roundId)
                .query(MonitoringRounds::recommendationRow).list();
    }

    @Transactional(readOnly = true)
    public Map<Long, RoundIndicator> indicators(long roundId) {
        Map<Long, RoundIndicator> indicators = new LinkedHashMap<>();
        jdbc.sql("select * from programme_round_indicator where round_id = :r order by indicator_id")
                .param("r", roundId).query(MonitoringRounds::indicatorRow).list()
                .forEach(i -> indicators.put(i.indicatorId(), i));
        return indicators;
    }

    public RoundRecommendation recommendation(long roundId, long recommendationId) {
        return recommendations(roundId).stream().filter(r -> r.recommendationId() == recommendationId).findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITY + " " + roundId + "/" + recommendationId));
    }

    public RoundIndicator indicator(long roundId, long indicatorId) {
        return Optional.ofNullable(indicators(roundId).get(indicatorId))
                .orElseThrow(() -> new NotFoundException(ENTITY + " " + roundId + "/" + indicatorId));
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value);
    }

    private static MonitoringRound row(ResultSet rs, int n) throws SQLException {
        long previousRound = rs.getLong("previous_round_id");
        return new MonitoringRound(rs.getLong("id"), rs.getLong("programme_id"), rs.getLong("study_id"),
                rs.wasNull() ? null : previousRound, rs.getLong("previous_study_id"), rs.getString("title"),
                rs.getString("instrument_note"), rs.getString("frame_note"), rs.getBoolean("overlapping"),
                rs.getInt("version"));
    }

    private static RoundRecommendation recommendationRow(ResultSet rs, int n) throws SQLException {
        String completion = rs.getString("completion");
        return new RoundRecommendation(rs.getLong("recommendation_id"),
                completion == null ? null : Completion.valueOf(completion), rs.getString("effect"), rs.getInt("version"));
    }

    private static RoundIndicator indicatorRow(ResultSet rs, int n) throws SQLException {
        Object linked = rs.getObject("linked");
        return new RoundIndicator(rs.getLong("indicator_id"), rs.getBigDecimal("before_estimate"),
                rs.getBigDecimal("before_se"), rs.getBigDecimal("after_estimate"), rs.getBigDecimal("after_se"),
                rs.getBigDecimal("difference"), rs.getBigDecimal("difference_se"), rs.getBigDecimal("ci_low"),
                rs.getBigDecimal("ci_high"), (Boolean) linked, rs.getString("source"), rs.getInt("version"));
    }
}
