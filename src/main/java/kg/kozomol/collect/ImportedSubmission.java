package kg.kozomol.collect;

/** A submission built from another tool's export: its XML and what that XML says. */
public record ImportedSubmission(byte[] xml, SubmissionXml parsed) {
}
