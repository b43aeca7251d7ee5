package kg.kozomol.brief;

import java.util.UUID;

/** An evidence item offered by a user or by another feature (an analysis, a coded quote, a site audit). */
public record NewEvidence(Long organisationId, EvidenceKind kind, String title, String content, UUID fileId, String url,
        String sourceReference, Precision precision) {}
