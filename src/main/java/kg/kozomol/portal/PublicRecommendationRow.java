package kg.kozomol.portal;

import java.time.Instant;
import java.util.List;
import kg.kozomol.tracker.ActionType;
import kg.kozomol.tracker.Priority;

/**
 * A released recommendation as a public list shows it, with every addressed body's position and ratings. It comes from a
 * published brief ({@code brief}) or from a published programme evaluation ({@code evaluation}); the other one is null.
 */
public record PublicRecommendationRow(long id, String reference, PublicText text, Instant releasedAt, Priority priority,
        ActionType actionType, PublicTheme theme, PublicOrganisation issuer, PublicBriefRef brief,
        PublicEvaluationRef evaluation, List<PublicAddresseeLine> addressees) {

    /** Its brief was withdrawn by the authors; an evaluation's recommendation never is. */
    public boolean withdrawn() {
        return brief != null && brief.withdrawn();
    }

    public String path() {
        return PortalPaths.recommendation(id, reference, text);
    }
}
