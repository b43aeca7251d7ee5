package kg.kozomol.collect.review;

import java.time.Instant;

/** One review decision in a submission's history. */
public record ReviewEntry(ReviewState fromStatus, ReviewState toStatus, String comment, String reviewer, Instant reviewedAt) {
}
