package kg.kozomol.programme;

import java.time.Instant;

/** The owner body's comment on the factual accuracy of a draft report; criterionId null means the report as a whole. */
public record FactualComment(long id, Long criterionId, String body, String author, Instant createdAt, String resolution,
        Instant resolvedAt, int version) {

    public boolean resolved() {
        return resolvedAt != null;
    }
}
