package kg.kozomol.dialogue;

import java.time.LocalDate;

/**
 * A decision as recorded: the recommendation is named by its reference (required for a deadline, optional for an
 * action); a deadline also needs the body and the new date, an action the responsible organisation and its due date.
 */
public record DecisionDraft(DecisionKind kind, String text, String recommendationReference, Long bodyId, LocalDate newDate,
        Long responsibleId, LocalDate dueDate) {}
