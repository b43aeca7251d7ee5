package kg.kozomol.portal;

import java.time.LocalDate;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.DeadlineFlag;
import kg.kozomol.tracker.DisputedRule;
import kg.kozomol.tracker.Position;

/**
 * A state body a recommendation is addressed to: its current released position (or none yet), its response due
 * date, and the latest completion ratings of both sides.
 */
public record PublicAddresseeLine(long id, PublicOrganisation body, boolean lead, Position position, LocalDate dueDate,
        LocalDate originalDueDate, Completion selfReport, Completion assessment) {

    public boolean answered() {
        return position != null && position != Position.NO_RESPONSE;
    }

    public boolean disputed() {
        return DisputedRule.disputed(selfReport, assessment);
    }

    public boolean deadlineRevised() {
        return originalDueDate != null && dueDate != null && !originalDueDate.equals(dueDate);
    }

    public DeadlineFlag flag(LocalDate today) {
        return DeadlineFlag.of(dueDate, position, today);
    }

    /** The status the implementation filter uses: the independent assessment when there is one. */
    public Completion implementation() {
        return assessment != null ? assessment : selfReport;
    }
}
