package kg.kozomol.tracker;

import java.util.List;
import org.springframework.stereotype.Component;
import kg.kozomol.brief.BriefRecommendationLine;
import kg.kozomol.brief.BriefRecommendations;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;

/** Lists a brief's recommendations for the brief page: released ones for everyone, drafts for their organisation. */
@Component
class TrackerBriefRecommendations implements BriefRecommendations {

    private final Recommendations recommendations;

    TrackerBriefRecommendations(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public List<BriefRecommendationLine> forBrief(long briefId, KozomolPrincipal viewer) {
        boolean seesAllDrafts = viewer.hasRole(Role.ADMIN) || viewer.hasRole(Role.COORDINATOR);
        return recommendations.forBrief(briefId).stream()
                .filter(r -> r.status() == RecommendationStatus.RELEASED || seesAllDrafts
                        || recommendations.find(r.id()).map(full -> viewer.isMemberOf(full.organisationId())).orElse(false))
                .map(r -> new BriefRecommendationLine(r.id(), r.reference(), r.textRu(), r.textKy(),
                        r.status() == RecommendationStatus.RELEASED, r.addressees(), r.answered()))
                .toList();
    }
}
