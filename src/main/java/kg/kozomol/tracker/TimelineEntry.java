package kg.kozomol.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One dated event on the timeline of a recommendation and a body. */
public record TimelineEntry(long id, long addresseeId, TimelineKind kind, LocalDate occurredOn, Completion completion,
        Effect effect, Confidence confidence, String method, String body, String evidenceUrl, UUID fileId,
        Position position, LocalDate previousDate, LocalDate newDate, Long replyToId, Long authorId, Long authorOrgId,
        Instant createdAt) {}
