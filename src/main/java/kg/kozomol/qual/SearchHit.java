package kg.kozomol.qual;

public record SearchHit(long transcriptId, String title, String snippet) {}
