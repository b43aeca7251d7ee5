package kg.kozomol.collect;

import java.time.Instant;

/** A phone of a study's field team. The token in its server URL is its credential; a revoked one opens nothing. */
public record AppUser(long id, long studyId, String displayName, String token, Instant createdAt, Instant revokedAt,
        int version) {

    public boolean active() {
        return revokedAt == null;
    }
}
