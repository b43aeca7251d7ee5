package kg.kozomol.tracker;

import java.time.LocalDate;

/**
 * When a body's implementation is due: the latest target date of the planned measures in its released
 * position, or else the recommendation's proposed implementation date. Both are null when no implementation is
 * expected (the body rejected or redirected the recommendation); the flag is null too while no date is known.
 */
public record ImplementationDeadline(LocalDate dueDate, DeadlineFlag flag) {

    static ImplementationDeadline of(LocalDate dueDate, String state, LocalDate today) {
        return switch (state) {
            case "CLOSED" -> new ImplementationDeadline(dueDate, DeadlineFlag.CLOSED);
            case "OPEN" -> new ImplementationDeadline(dueDate, dueDate == null ? null : DeadlineFlag.against(dueDate, today));
            default -> new ImplementationDeadline(null, null);
        };
    }
}
