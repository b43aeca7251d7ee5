package kg.kozomol.collect;

/**
 * What became of a submission POST: stored as new, or recognised as a resend of one already stored (whose missing
 * attachments it may complete). {@code missingAttachments} counts the files still expected.
 */
public record SubmissionReceipt(long submissionId, boolean duplicate, int missingAttachments) {
}
