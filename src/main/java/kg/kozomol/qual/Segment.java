package kg.kozomol.qual;

public record Segment(long codingId, long transcriptId, String transcriptTitle, String caseLabel, String text) {}
