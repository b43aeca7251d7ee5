package kg.kozomol.collect.review;

import java.time.Instant;

/**
 * A stored submission version: who sent it, where it stands, and its XML. {@code current} is false once edited;
 * {@code checkProblems} counts the answers that failed the form's checks on receipt.
 */
public record SubmissionRow(long id, long formId, String instanceId, String rootInstanceId, String deprecatedId,
        String formVersion, ReviewState status, Long appUserId, String appUserName, Instant receivedAt, boolean current,
        int version, byte[] xml, int checkProblems) {
}
