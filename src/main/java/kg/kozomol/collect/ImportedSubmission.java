package kg.kozomol.collect;

/**
 * A submission built from another tool's export, ready to store: its XML and what that XML says, with the XML's md5,
 * the answer check's issues (as JSON) and its stored {@code answers} worked out beforehand, so the thread that writes
 * only writes. Made by {@link Submissions#prepareImported}.
 */
public record ImportedSubmission(byte[] xml, SubmissionXml parsed, String md5, String issues, byte[] answers) {
}
