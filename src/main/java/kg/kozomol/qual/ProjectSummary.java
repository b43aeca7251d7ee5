package kg.kozomol.qual;

public record ProjectSummary(long id, String title, long studyId, QualRole role, long transcripts) {}
