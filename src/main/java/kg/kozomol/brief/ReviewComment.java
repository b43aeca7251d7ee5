package kg.kozomol.brief;

import java.time.Instant;

public record ReviewComment(long id, long briefId, BriefSection section, String body, long authorId, String authorName,
        Instant createdAt, boolean resolved) {}
