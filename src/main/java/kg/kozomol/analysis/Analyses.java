package kg.kozomol.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.audit.AuditLog;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.StaleRecordException;
import kg.kozomol.stats.LonelyPsu;

/** Saved analyses, and their results computed afresh from the dataset by the stats engine. */
@Service
public class Analyses {

    static final String ENTITY = "analysis";
    private static final String SELECT = """
            select a.*, d.study_id, d.organisation_id from analysis a join analysis_dataset d on d.id = a.dataset_id
            """;

    private final JdbcClient jdbc;
    private final Datasets datasets;
    private final AnalysisResults results;
    private final AnalysisProperties properties;
    private final AuditLog audit;

    Analyses(JdbcClient jdbc, Datasets datasets, AnalysisResults results, AnalysisProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.datasets = datasets;
        this.results = results;
        this.properties = properties;
        this.audit = audit;
    }

    /** The result table; an {@link AnalysisException} names what in the data or the design prevents it. */
    public AnalysisResult run(Dataset dataset, AnalysisDefinition definition) {
        return AnalysisEngine.run(datasets.data(dataset), definition);
    }

    /** Whether analyses of this dataset are computed by a background job rather than while the page waits. */
    public boolean runsAsJob(Dataset dataset) {
        return dataset.rows() > properties.inlineRows();
    }

    /**
     * The result of the analysis as saved: computed now for a small dataset, the job's for a large one (empty while
     * the job has not finished with this version of the definition).
     */
    public Optional<AnalysisResult> result(Analysis analysis, Dataset dataset) {
        return runsAsJob(dataset) ? results.stored(analysis) : Optional.of(run(dataset, analysis.definition()));
    }

    @Transactional
    public Analysis create(Dataset dataset, AnalysisDefinition d) {
        long id = jdbc.sql("""
                insert into analysis (dataset_id, title, weights, strata, clusters, fpc, nest, lonely_psu, estimator,
                  variable, category, quantile, denominator, column_variable, domain_variable, remove_missing, created_by)
                values (:dataset, :title, :weights, :strata, :clusters, :fpc, :nest, :lonely, :estimator, :variable,
                  :category, :quantile, :denominator, :columnVariable, :domain, :removeMissing, :by)
                returning id
                """).param("dataset", dataset.id()).params(params(d))
                .param("by", CurrentUser.get().map(KozomolPrincipal::id).orElse(null)).query(Long.class).single();
        Analysis created = require(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Transactional
    public Analysis update(long id, int expectedVersion, AnalysisDefinition d) {
        Analysis before = require(id);
        int changed = jdbc.sql("""
                update analysis set title = :title, weights = :weights, strata = :strata, clusters = :clusters,
                  fpc = :fpc, nest = :nest, lonely_psu = :lonely, estimator = :estimator, variable = :variable,
                  category = :category, quantile = :quantile, denominator = :denominator,
                  column_variable = :columnVariable, domain_variable = :domain,
                  remove_missing = :removeMissing, updated_at = now(), version = version + 1
                where id = :id and version = :version
                """).params(params(d)).param("id", id).param("version", expectedVersion).update();
        if (changed == 0) {
            throw new StaleRecordException(ENTITY + " " + id);
        }
        Analysis after = require(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    /**
     * Remembers the evidence item the analysis was saved as, so its page links to it. Not a change of the definition:
     * the version stays, and with it a computed result and any open edit form.
     */
    @Transactional
    public void savedAs(Analysis analysis, long evidenceId) {
        jdbc.sql("update analysis set evidence_id = :evidence where id = :id")
                .param("evidence", evidenceId).param("id", analysis.id()).update();
        audit.updated(ENTITY, analysis.id(), analysis, require(analysis.id()));
    }

    @Transactional(readOnly = true)
    public Optional<Analysis> find(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(Analyses::map).optional();
    }

    @Transactional(readOnly = true)
    public List<Analysis> ofDataset(long datasetId) {
        return jdbc.sql(SELECT + " where a.dataset_id = :dataset order by a.id").param("dataset", datasetId)
                .query(Analyses::map).list();
    }

    private Analysis require(long id) {
        return find(id).orElseThrow();
    }

    private static Map<String, Object> params(AnalysisDefinition d) {
        Map<String, Object> params = new HashMap<>();
        params.put("title", d.title());
        params.put("weights", d.weights());
        params.put("strata", d.strata());
        params.put("clusters", d.clusters());
        params.put("fpc", d.fpc());
        params.put("nest", d.nest());
        params.put("lonely", d.lonelyPsu().name());
        params.put("estimator", d.estimator().name());
        params.put("variable", d.variable());
        params.put("category", d.category());
        params.put("quantile", d.quantile());
        params.put("denominator", d.denominator());
        params.put("columnVariable", d.columnVariable());
        // one name a line, as column names never hold a line break
        params.put("domain", d.domainVariables().isEmpty() ? null : String.join("\n", d.domainVariables()));
        params.put("removeMissing", d.removeMissing());
        return params;
    }

    private static List<String> domains(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }

    private static Analysis map(ResultSet rs, int row) throws SQLException {
        AnalysisDefinition definition = new AnalysisDefinition(rs.getString("title"), rs.getString("weights"),
                rs.getString("strata"), rs.getString("clusters"), rs.getString("fpc"), rs.getBoolean("nest"),
                LonelyPsu.valueOf(rs.getString("lonely_psu")), Estimator.valueOf(rs.getString("estimator")),
                rs.getString("variable"), rs.getString("category"), rs.getBigDecimal("quantile"),
                rs.getString("denominator"), rs.getString("column_variable"), domains(rs.getString("domain_variable")),
                rs.getBoolean("remove_missing"));
        return new Analysis(rs.getLong("id"), rs.getLong("dataset_id"), rs.getLong("study_id"),
                rs.getLong("organisation_id"), definition, rs.getObject("evidence_id", Long.class),
                rs.getObject("job_id", UUID.class), rs.getInt("version"));
    }
}
