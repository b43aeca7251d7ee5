package kg.kozomol.collect.review;

import java.time.LocalDate;

/** What the submissions table is narrowed to; every part is optional. Dates are days of receipt, both inclusive. */
public record SubmissionFilter(ReviewState state, LocalDate from, LocalDate to, Long appUserId, String text) {

    public static final SubmissionFilter NONE = new SubmissionFilter(null, null, null, null, null);
}
