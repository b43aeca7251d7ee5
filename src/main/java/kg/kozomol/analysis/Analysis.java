package kg.kozomol.analysis;

import java.util.UUID;

/**
 * A saved analysis of a dataset; {@code evidenceId} is the evidence item it was last saved as, if any, and
 * {@code jobId} the background job that last computed it (large datasets only).
 */
public record Analysis(long id, long datasetId, long studyId, long organisationId, AnalysisDefinition definition,
        Long evidenceId, UUID jobId, int version) {}
