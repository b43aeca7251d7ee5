package kg.kozomol.analysis;

/** A saved analysis of a dataset; {@code evidenceId} is the evidence item it was last saved as, if any. */
public record Analysis(long id, long datasetId, long studyId, long organisationId, AnalysisDefinition definition,
        Long evidenceId, int version) {}
