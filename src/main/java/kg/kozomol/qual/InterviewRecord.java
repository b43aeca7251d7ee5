package kg.kozomol.qual;

import java.time.LocalDate;

/** The interview or focus group a transcript records. */
public record InterviewRecord(String title, InterviewKind kind, LocalDate heldOn, String place, String interviewer, long caseId) {}
