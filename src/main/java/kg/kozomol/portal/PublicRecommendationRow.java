package kg.kozomol.portal;

import java.time.Instant;
import java.util.List;
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Priority;

/** A released recommendation as a public list shows it, with every addressed body's position and ratings. */
public record PublicRecommendationRow(long id, String reference, PublicText text, Instant releasedAt, Priority priority,
        ActionType actionType, PublicTheme theme, PublicOrganisation issuer, PublicBriefRef brief,
        List<PublicAddresseeLine> addressees) {

    public String path() {
        return PortalPaths.recommendation(id, reference, text);
    }
}
