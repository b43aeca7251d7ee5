package kg.kozomol.collect.review;

import java.time.Instant;

/** The import that created a submission's logical record: which file, who ran it and when. */
public record ImportOrigin(long importId, String fileName, String importedBy, Instant importedAt) {
}
