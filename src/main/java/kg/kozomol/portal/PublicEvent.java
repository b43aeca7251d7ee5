package kg.kozomol.portal;

import java.time.Instant;
import java.time.LocalDate;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.TimelineKind;

/**
 * One public change in the fate of a recommendation, for feeds: an entry of a body's timeline with the recommendation
 * and the body it belongs to. {@code recordedAt} is when it was written, {@code occurredOn} the date it happened.
 */
public record PublicEvent(long id, long recommendationId, String reference, PublicText recommendation, PublicOrganisation body,
        TimelineKind kind, LocalDate occurredOn, Instant recordedAt, Completion completion, Position position,
        LocalDate newDate, String text, PublicOrganisation author) {

    public String path() {
        return PortalPaths.recommendation(recommendationId, reference, recommendation);
    }
}
