package kg.kozomol.dialogue;

import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import kg.kozomol.brief.Brief;
import kg.kozomol.brief.BriefAccess;
import kg.kozomol.brief.Briefs;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.tracker.Recommendation;
import kg.kozomol.tracker.Recommendations;
import kg.kozomol.tracker.TrackerAccess;

/**
 * Finds the briefs and recommendations a user names on an agenda or in a decision. One the user may not see is
 * reported as unknown, like one that does not exist.
 */
@Component
class LinkTargets {

    private final Briefs briefs;
    private final BriefAccess briefAccess;
    private final Recommendations recommendations;
    private final TrackerAccess trackerAccess;

    LinkTargets(Briefs briefs, BriefAccess briefAccess, Recommendations recommendations, TrackerAccess trackerAccess) {
        this.briefs = briefs;
        this.briefAccess = briefAccess;
        this.recommendations = recommendations;
        this.trackerAccess = trackerAccess;
    }

    List<Long> briefs(List<Long> ids, KozomolPrincipal user) {
        for (Long id : ids) {
            if (briefs.find(id).filter(b -> briefAccess.canRead(b, user)).isEmpty()) {
                throw new DialogueRuleException("briefIds", "dialogue.rule.unknownBrief", id);
            }
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    List<Long> recommendations(List<String> references, KozomolPrincipal user) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (String reference : references) {
            ids.add(recommendation(reference, "recommendationReferences", user).id());
        }
        return List.copyOf(ids);
    }

    Recommendation recommendation(String reference, String field, KozomolPrincipal user) {
        return recommendations.findByReference(reference).filter(r -> trackerAccess.canSee(user, r))
                .orElseThrow(() -> new DialogueRuleException(field, "dialogue.rule.unknownReference",
                        reference == null ? "" : reference.trim()));
    }

    /** A withdrawn brief is kept as it was: a meeting does not act on its recommendations any more. */
    void ensureBriefNotWithdrawn(Recommendation recommendation, String field) {
        if (recommendation.briefId() != null && briefs.find(recommendation.briefId()).map(Brief::withdrawn).orElse(false)) {
            throw new DialogueRuleException(field, "dialogue.rule.withdrawnBrief", recommendation.reference());
        }
    }
}
