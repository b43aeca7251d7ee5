package kg.kozomol.portal;

import java.time.LocalDate;
import java.util.UUID;
import kg.kozomol.tracker.Completion;
import kg.kozomol.tracker.Confidence;
import kg.kozomol.tracker.Effect;
import kg.kozomol.tracker.Position;
import kg.kozomol.tracker.TimelineKind;

/**
 * One dated event on a body's public timeline: a released position, a progress report, an independent assessment,
 * a reply, a revised deadline, a missed deadline or a hand-over. {@code organisation} is who wrote it (or, for a
 * hand-over, the body it came from); no person is named.
 */
public record PublicTimelineEntry(long id, TimelineKind kind, LocalDate occurredOn, Completion completion, Effect effect,
        Confidence confidence, String method, String body, String evidenceUrl, UUID fileId, Position position,
        LocalDate previousDate, LocalDate newDate, Long replyToId, PublicOrganisation organisation) {}
