package kg.kozomol.tracker;

import java.time.LocalDate;

/** Where a body stands against its response due date. */
public enum DeadlineFlag {
    ON_TRACK,
    DUE_SOON,
    OVERDUE,
    ANSWERED;

    static final int DUE_SOON_DAYS = 7;

    public static DeadlineFlag of(LocalDate dueDate, Position position, LocalDate today) {
        if (position != null && position != Position.NO_RESPONSE) {
            return ANSWERED;
        }
        if (dueDate == null) {
            return ON_TRACK;
        }
        if (today.isAfter(dueDate)) {
            return OVERDUE;
        }
        return today.plusDays(DUE_SOON_DAYS).isBefore(dueDate) ? ON_TRACK : DUE_SOON;
    }
}
