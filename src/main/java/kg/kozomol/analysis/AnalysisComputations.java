package kg.kozomol.analysis;

import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.jobs.Jobs;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.KozomolPrincipal;

/**
 * Saves a definition and, for a large dataset, queues its computation as a background job in the same transaction
 * (kept apart from {@link Analyses}, which the job itself needs).
 */
@Service
public class AnalysisComputations {

    private final Analyses analyses;
    private final Jobs jobs;
    private final JdbcClient jdbc;

    AnalysisComputations(Analyses analyses, Jobs jobs, JdbcClient jdbc) {
        this.analyses = analyses;
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    @Transactional
    public Analysis create(Dataset dataset, AnalysisDefinition definition) {
        return computed(dataset, analyses.create(dataset, definition));
    }

    /** @throws kg.kozomol.platform.StaleRecordException when someone saved the analysis meanwhile */
    @Transactional
    public Analysis update(Dataset dataset, long id, int expectedVersion, AnalysisDefinition definition) {
        return computed(dataset, analyses.update(id, expectedVersion, definition));
    }

    private Analysis computed(Dataset dataset, Analysis analysis) {
        if (!analyses.runsAsJob(dataset)) {
            return analysis;
        }
        compute(analysis);
        return analyses.find(analysis.id()).orElseThrow();
    }

    private UUID compute(Analysis analysis) {
        UUID job = jobs.submit(AnalysisJob.TYPE, Map.of("analysisId", analysis.id(), "version", analysis.version()),
                CurrentUser.get().map(KozomolPrincipal::id).orElse(null));
        jdbc.sql("update analysis set job_id = :job where id = :id").param("job", job).param("id", analysis.id()).update();
        return job;
    }
}
