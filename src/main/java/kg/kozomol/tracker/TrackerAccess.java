package kg.kozomol.tracker;

import org.springframework.stereotype.Component;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.Role;

/**
 * Who may see and do what in the tracker. A record the user may not see is answered with 404, so that its
 * existence does not leak; a visible record the user may not change is refused with 403.
 */
@Component("trackerAccess")
public class TrackerAccess {

    private final Addressees addressees;

    TrackerAccess(Addressees addressees) {
        this.addressees = addressees;
    }

    /**
     * A released recommendation is seen by every user, except an evaluation's before its report is published: then only
     * by its parties (the addressed bodies, the commissioning organisation, coordinators and admins).
     */
    public boolean canSee(KozomolPrincipal user, Recommendation recommendation) {
        if (user == null) {
            return false;
        }
        if (recommendation.released() && recommendation.restricted()) {
            return user.isMemberOf(recommendation.organisationId()) || user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR)
                    || addressees.forRecommendation(recommendation.id()).stream().anyMatch(a -> user.isMemberOf(a.organisationId()));
        }
        if (recommendation.released()) {
            return true;
        }
        return user.isMemberOf(recommendation.organisationId()) || user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR);
    }

    /** Only a researcher of the issuing CSO writes, edits and releases its recommendations and assessments. */
    public boolean isAuthor(KozomolPrincipal user, Recommendation recommendation) {
        return user != null && has(user, recommendation.organisationId(), Role.RESEARCHER);
    }

    /** A brief's recommendations are imported in bulk by its organisation's researchers and coordinators, or an admin. */
    public boolean canImport(KozomolPrincipal user, long organisationId) {
        return user != null && (user.hasRole(Role.ADMIN) || has(user, organisationId, Role.RESEARCHER)
                || has(user, organisationId, Role.COORDINATOR));
    }

    /** Only a focal point of the addressed body speaks for it. */
    public boolean speaksFor(KozomolPrincipal user, Addressee addressee) {
        return user != null && has(user, addressee.organisationId(), Role.STATE_FOCAL_POINT);
    }

    public Recommendation visible(KozomolPrincipal user, Recommendation recommendation) {
        if (!canSee(user, recommendation)) {
            throw new NotFoundException("recommendation " + recommendation.id());
        }
        return recommendation;
    }

    public void requireAuthor(KozomolPrincipal user, Recommendation recommendation) {
        visible(user, recommendation);
        if (!isAuthor(user, recommendation)) {
            throw new org.springframework.security.access.AccessDeniedException("not an author");
        }
    }

    public void requireSpeaksFor(KozomolPrincipal user, Recommendation recommendation, Addressee addressee) {
        visible(user, recommendation);
        if (!recommendation.released() || !speaksFor(user, addressee)) {
            throw new org.springframework.security.access.AccessDeniedException("not a focal point of the body");
        }
    }

    private static boolean has(KozomolPrincipal user, long organisationId, Role role) {
        return user.memberships().contains(new Membership(organisationId, role));
    }
}
