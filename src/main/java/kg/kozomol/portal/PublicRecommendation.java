package kg.kozomol.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A released recommendation with everything the public may know about it: the brief and findings it rests on (its
 * chain of evidence) and, per addressed body, the released positions and the whole timeline.
 */
public record PublicRecommendation(PublicRecommendationRow summary, String originalLanguage, int briefVersion,
        LocalDate proposedImplementationDate, Instant updatedAt, List<PublicSdg> sdgs, List<PublicFinding> findings,
        List<PublicBodyTimeline> bodies) {

    public long id() {
        return summary.id();
    }

    public String path() {
        return summary.path();
    }
}
