package kg.kozomol.dialogue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision taken under an agenda point. A deadline decision names the recommendation, the body, the old and the
 * new due date and the tracker's timeline entry; an action names the responsible organisation and its due date.
 */
public record Decision(long id, long agendaItemId, DecisionKind kind, String text, Long recommendationId, Long bodyId,
        LocalDate previousDate, LocalDate newDate, Long timelineEntryId, Long responsibleId, LocalDate dueDate,
        Instant createdAt) {}
