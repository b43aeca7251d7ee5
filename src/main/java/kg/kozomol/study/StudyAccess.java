package kg.kozomol.study;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.Role;

/**
 * Who may see and change a study. A draft stays with its organisation, the reviewers it invited, coordinators and
 * administrators; anyone else is told it does not exist (404). A visible study the user may not change is refused
 * (403). Only researchers and coordinators of the organisation edit; reviewers speak for their body or themselves.
 */
@Component
public class StudyAccess {

    private final Studies studies;
    private final StudyReviews reviews;

    StudyAccess(Studies studies, StudyReviews reviews) {
        this.studies = studies;
        this.reviews = reviews;
    }

    public boolean canRead(Study study, KozomolPrincipal user) {
        return user != null && (study.status().isPublic() || user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR)
                || user.isMemberOf(study.organisationId()) || reviewerFor(study, user).isPresent());
    }

    public boolean canEdit(Study study, KozomolPrincipal user) {
        return user != null && (user.memberships().contains(new Membership(study.organisationId(), Role.RESEARCHER))
                || user.memberships().contains(new Membership(study.organisationId(), Role.COORDINATOR)));
    }

    /** The invitation this user answers for: as a focal point of an invited body, or as an invited expert. */
    public Optional<Reviewer> reviewerFor(Study study, KozomolPrincipal user) {
        if (user == null) {
            return Optional.empty();
        }
        return reviews.reviewers(study.id()).stream().filter(r -> reviews.speaksFor(r, user)).findFirst();
    }

    public boolean canComment(Study study, KozomolPrincipal user) {
        return canEdit(study, user) || reviewerFor(study, user).isPresent();
    }

    public Study readable(long id, KozomolPrincipal user) {
        Study study = studies.find(id).orElseThrow(() -> new NotFoundException("study " + id));
        if (!canRead(study, user)) {
            throw new NotFoundException("study " + id);
        }
        return study;
    }

    public Study editable(long id, KozomolPrincipal user) {
        Study study = readable(id, user);
        if (!canEdit(study, user)) {
            throw new AccessDeniedException("not a researcher or coordinator of the study's organisation");
        }
        return study;
    }

    public Study commentable(long id, KozomolPrincipal user) {
        Study study = readable(id, user);
        if (!canComment(study, user)) {
            throw new AccessDeniedException("neither the study's team nor an invited reviewer");
        }
        return study;
    }
}
