package kg.kozomol.tracker;

import java.time.LocalDate;

/** A recommendation in a focal point's inbox; {@code draftPositionId} is set when a drafted position awaits release. */
public record InboxItem(long addresseeId, long bodyId, long recommendationId, String reference, String textRu, String textKy,
        Priority priority, LocalDate dueDate, LocalDate originalDueDate, Position position, Long draftPositionId) {

    public DeadlineFlag flag(LocalDate today) {
        return DeadlineFlag.of(dueDate, position, today);
    }

    public boolean deadlineRevised() {
        return originalDueDate != null && dueDate != null && !originalDueDate.equals(dueDate);
    }

    public String text(java.util.Locale locale) {
        return kg.kozomol.platform.Languages.pick(locale, textRu, textKy);
    }
}
