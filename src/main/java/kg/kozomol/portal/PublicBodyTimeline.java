package kg.kozomol.portal;

import java.util.List;

/** One addressed body on a recommendation's public page: its positions (newest first) and its timeline (oldest first). */
public record PublicBodyTimeline(PublicAddresseeLine addressee, PublicOrganisation redirectedFrom, List<PublicPosition> positions,
        List<PublicTimelineEntry> timeline) {

    /** The body's answer in force, if it has released one. */
    public PublicPosition current() {
        return positions.stream().filter(p -> !p.superseded()).findFirst().orElse(null);
    }

    public List<PublicPosition> earlier() {
        return positions.stream().filter(PublicPosition::superseded).toList();
    }
}
