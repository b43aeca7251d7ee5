package kg.kozomol.tracker;

import java.time.Instant;

/** A message in the clarifying thread between the addressed bodies and the CSO. */
public record Question(long id, long recommendationId, Long authorId, long authorOrgId, String body, Instant createdAt) {}
