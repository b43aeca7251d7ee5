package kg.kozomol.programme;

import java.time.Instant;

/** A reviewer's comment on a node of the framework, or on the programme as a whole when {@code nodeId} is null. */
public record ReviewComment(long id, Long nodeId, long expertId, String expertName, String body, Instant createdAt) {}
