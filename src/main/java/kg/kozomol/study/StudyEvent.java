package kg.kozomol.study;

import java.time.Instant;

/** One line of the review history: who did what, on which revision, when. */
public record StudyEvent(long id, long studyId, EventKind kind, Long reviewerId, String actorName, int revision,
        StudyStatus status, String note, Instant createdAt) {}
