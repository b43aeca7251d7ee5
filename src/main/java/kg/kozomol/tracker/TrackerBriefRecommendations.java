package kg.kozomol.tracker;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import kg.kozomol.brief.BriefRecommendationLine;
import kg.kozomol.brief.BriefRecommendations;
import kg.kozomol.identity.Organisation;
import kg.kozomol.identity.Organisations;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;

/**
 * Lists a brief's recommendations for the brief page and its export: released ones for everyone, drafts for
 * their organisation, coordinators and administrators; each with its lead and supporting bodies.
 */
@Component
class TrackerBriefRecommendations implements BriefRecommendations {

    private final Recommendations recommendations;
    private final Addressees addressees;
    private final Organisations organisations;

    TrackerBriefRecommendations(Recommendations recommendations, Addressees addressees, Organisations organisations) {
        this.recommendations = recommendations;
        this.addressees = addressees;
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BriefRecommendationLine> forBrief(long briefId, KozomolPrincipal viewer, Locale locale) {
        // An anonymous reader (a public download) sees released recommendations only.
        boolean seesAllDrafts = viewer != null && (viewer.hasRole(Role.ADMIN) || viewer.hasRole(Role.COORDINATOR));
        List<RecommendationSummary> visible = recommendations.forBrief(briefId).stream()
                .filter(r -> r.status() == RecommendationStatus.RELEASED || seesAllDrafts
                        || (viewer != null && viewer.isMemberOf(r.organisationId())))
                .toList();
        Map<Long, List<Addressee>> bodies = addressees.forRecommendations(visible.stream().map(RecommendationSummary::id).toList());
        Map<Long, String> names = organisations.byIds(bodies.values().stream().flatMap(List::stream)
                        .map(Addressee::organisationId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Organisation::id, o -> o.name(locale)));
        return visible.stream().map(r -> line(r, bodies.getOrDefault(r.id(), List.of()), names::get)).toList();
    }

    private static BriefRecommendationLine line(RecommendationSummary r, List<Addressee> bodies, Function<Long, String> name) {
        Addressee lead = bodies.stream().filter(Addressee::lead).findFirst().orElse(null);
        List<String> supporting = bodies.stream().filter(a -> !a.lead()).map(a -> name.apply(a.organisationId())).toList();
        return new BriefRecommendationLine(r.id(), r.reference(), r.textRu(), r.textKy(),
                r.status() == RecommendationStatus.RELEASED, r.addressees(), r.answered(), r.briefVersion(),
                lead == null ? null : name.apply(lead.organisationId()), supporting, lead == null ? null : lead.dueDate());
    }
}
