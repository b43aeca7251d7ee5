package kg.kozomol.analysis;

import org.springframework.stereotype.Component;
import kg.kozomol.jobs.JobContext;
import kg.kozomol.jobs.JobFailedException;
import kg.kozomol.jobs.JobHandler;
import kg.kozomol.stats.SurveyData;

/**
 * Computes an analysis of a large dataset in the background: read the rows, estimate, keep the result. A job for a
 * definition that was changed meanwhile does nothing (the change queued its own); the engine's refusal fails the job
 * with the same message the page would show.
 */
@Component
class AnalysisJob implements JobHandler {

    static final String TYPE = "analysis.compute";
    private static final long STEPS = 3;

    private final Analyses analyses;
    private final Datasets datasets;
    private final AnalysisResults results;

    AnalysisJob(Analyses analyses, Datasets datasets, AnalysisResults results) {
        this.analyses = analyses;
        this.datasets = datasets;
        this.results = results;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(JobContext context) throws JobFailedException {
        long id = ((Number) context.params().get("analysisId")).longValue();
        int version = ((Number) context.params().get("version")).intValue();
        Analysis analysis = analyses.find(id).orElseThrow(() -> new JobFailedException("analysis.job.gone"));
        if (analysis.version() != version) {
            return;
        }
        Dataset dataset = datasets.find(analysis.datasetId()).orElseThrow(() -> new JobFailedException("analysis.job.gone"));
        context.progress(0, STEPS);
        try {
            SurveyData data = datasets.data(dataset);
            context.progress(1, STEPS);
            AnalysisResult result = AnalysisEngine.run(data, analysis.definition());
            context.progress(2, STEPS);
            results.store(id, version, result);
            context.progress(STEPS, STEPS);
        } catch (AnalysisException e) {
            throw new JobFailedException(e.messageKey(), e.args());
        }
    }
}
