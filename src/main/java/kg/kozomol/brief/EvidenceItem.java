package kg.kozomol.brief;

import java.util.UUID;

/** One piece of evidence: a table, an estimate, a quote, a photo, a document or a link. */
public record EvidenceItem(long id, Long organisationId, EvidenceKind kind, String title, String content, UUID fileId,
        String url, String sourceReference, Precision precision) {}
