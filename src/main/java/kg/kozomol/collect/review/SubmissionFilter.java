package kg.kozomol.collect.review;

import java.time.LocalDate;

/**
 * What the submissions table is narrowed to; every part is optional. Dates are days of receipt, both inclusive;
 * {@code flagged} keeps only submissions whose answers failed the form's checks on receipt.
 */
public record SubmissionFilter(ReviewState state, LocalDate from, LocalDate to, Long appUserId, String text, boolean flagged) {

    public static final SubmissionFilter NONE = new SubmissionFilter(null, null, null, null, null, false);

    public SubmissionFilter(ReviewState state, LocalDate from, LocalDate to, Long appUserId, String text) {
        this(state, from, to, appUserId, text, false);
    }
}
