package kg.kozomol.tracker;

import java.time.LocalDate;

/** Where a body stands against its response or implementation due date. */
public enum DeadlineFlag {
    ON_TRACK,
    DUE_SOON,
    OVERDUE,
    ANSWERED,
    /** Implementation complete (or claimed so by the body), superseded or withdrawn. */
    CLOSED;

    static final int DUE_SOON_DAYS = 7;

    public static DeadlineFlag of(LocalDate dueDate, Position position, LocalDate today) {
        if (position != null && position != Position.NO_RESPONSE) {
            return ANSWERED;
        }
        return against(dueDate, today);
    }

    static DeadlineFlag against(LocalDate dueDate, LocalDate today) {
        if (dueDate == null) {
            return ON_TRACK;
        }
        if (today.isAfter(dueDate)) {
            return OVERDUE;
        }
        return today.plusDays(DUE_SOON_DAYS).isBefore(dueDate) ? ON_TRACK : DUE_SOON;
    }
}
