package kg.kozomol.brief;

import java.util.List;

/** A claim of a brief, backed by evidence items. */
public record Finding(long id, long briefId, int position, Bilingual title, Bilingual text, List<EvidenceItem> evidence,
        int version) {}
