package kg.kozomol.tracker;

import java.time.LocalDate;

/** A body a recommendation is addressed to, with its own response clock and its current position. */
public record Addressee(long id, long recommendationId, long organisationId, boolean lead, LocalDate originalDueDate,
        LocalDate dueDate, Position position, Long redirectedFrom, int version) {

    public boolean deadlineRevised() {
        return originalDueDate != null && dueDate != null && !originalDueDate.equals(dueDate);
    }

    public DeadlineFlag flag(LocalDate today) {
        return DeadlineFlag.of(dueDate, position, today);
    }
}
