package kg.kozomol.study;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import kg.kozomol.study.sampling.Allocation;
import kg.kozomol.study.sampling.ConfidenceLevel;
import kg.kozomol.study.sampling.Domain;
import kg.kozomol.study.sampling.Estimate;
import kg.kozomol.study.sampling.SamplingPlan;
import kg.kozomol.study.sampling.Stage;
import kg.kozomol.study.sampling.Stratum;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of sampling plans; strata, stages and domains are stored as JSON lists with the plan. */
@Repository
class PlanRows {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<StudyPlan> find(long studyId) {
        return jdbc.sql("""
                select study_id, estimate, population_size, proportion, standard_deviation, confidence, margin, design_effect,
                       response_rate, allocation, planned_sample, strata::text as strata, stages::text as stages,
                       domains::text as domains, updated_at, version
                from study_plan where study_id = :study
                """).param("study", studyId).query((rs, row) -> new StudyPlan(rs.getLong("study_id"), new SamplingPlan(
                        Estimate.valueOf(rs.getString("estimate")), rs.getLong("population_size"),
                        rs.getObject("proportion", Double.class), rs.getObject("standard_deviation", Double.class),
                        ConfidenceLevel.ofPercent(rs.getInt("confidence")).orElseThrow(), rs.getDouble("margin"),
                        rs.getDouble("design_effect"), rs.getDouble("response_rate"), Allocation.valueOf(rs.getString("allocation")),
                        rs.getObject("planned_sample", Long.class),
                        json.readValue(rs.getString("strata"), new TypeReference<List<Stratum>>() {}),
                        json.readValue(rs.getString("stages"), new TypeReference<List<Stage>>() {}),
                        json.readValue(rs.getString("domains"), new TypeReference<List<Domain>>() {})),
                        rs.getTimestamp("updated_at").toInstant(), rs.getInt("version")))
                .optional();
    }

    /** False when another user created the plan first. */
    boolean insert(long studyId, SamplingPlan plan, Long by) {
        return jdbc.sql("""
                insert into study_plan (study_id, estimate, population_size, proportion, standard_deviation, confidence, margin,
                  design_effect, response_rate, allocation, planned_sample, strata, stages, domains, updated_by)
                values (:study, :estimate, :population, :proportion, :sd, :confidence, :margin, :deff, :rate, :allocation,
                  :planned, cast(:strata as jsonb), cast(:stages as jsonb), cast(:domains as jsonb), :by)
                on conflict (study_id) do nothing
                """).params(params(plan)).param("study", studyId).param("by", by).update() == 1;
    }

    /** False when the plan changed since the user loaded it. */
    boolean update(long studyId, int expectedVersion, SamplingPlan plan, Long by) {
        return jdbc.sql("""
                update study_plan set estimate = :estimate, population_size = :population, proportion = :proportion,
                  standard_deviation = :sd, confidence = :confidence, margin = :margin, design_effect = :deff,
                  response_rate = :rate, allocation = :allocation, planned_sample = :planned, strata = cast(:strata as jsonb),
                  stages = cast(:stages as jsonb), domains = cast(:domains as jsonb), updated_by = :by, updated_at = now(),
                  version = version + 1
                where study_id = :study and version = :version
                """).params(params(plan)).param("study", studyId).param("version", expectedVersion).param("by", by)
                .update() == 1;
    }

    private Map<String, Object> params(SamplingPlan plan) {
        Map<String, Object> p = new HashMap<>();
        p.put("estimate", plan.estimate().name());
        p.put("population", plan.populationSize());
        p.put("proportion", plan.estimate() == Estimate.PROPORTION ? plan.proportion() : null);
        p.put("sd", plan.estimate() == Estimate.MEAN ? plan.standardDeviation() : null);
        p.put("confidence", plan.confidence().percent());
        p.put("margin", plan.margin());
        p.put("deff", plan.designEffect());
        p.put("rate", plan.responseRate());
        p.put("allocation", plan.allocation().name());
        p.put("planned", plan.plannedSample());
        p.put("strata", json.writeValueAsString(plan.strata()));
        p.put("stages", json.writeValueAsString(plan.stages()));
        p.put("domains", json.writeValueAsString(plan.domains()));
        return p;
    }
}
