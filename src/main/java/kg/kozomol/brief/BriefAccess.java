package kg.kozomol.brief;

import org.springframework.stereotype.Component;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.Role;

/**
 * Who may see and change one brief. Drafts, and published briefs under embargo, stay inside the owning organisation,
 * its invited reviewers, coordinators and administrators; anyone else is told the brief does not exist.
 */
@Component
public class BriefAccess {

    private final BriefRows rows;

    BriefAccess(BriefRows rows) {
        this.rows = rows;
    }

    /** A published brief under embargo is read, until the embargo passes, only by those who may read its drafts. */
    public boolean canRead(Brief brief, KozomolPrincipal user) {
        if (user == null) {
            return false;
        }
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR) || user.isMemberOf(brief.organisationId())) {
            return true;
        }
        return (brief.status().isPublic() && !rows.underEmbargo(brief.id())) || isReviewer(brief, user);
    }

    public boolean canEdit(Brief brief, KozomolPrincipal user) {
        return user != null && (user.hasRole(Role.ADMIN)
                || user.memberships().contains(new Membership(brief.organisationId(), Role.RESEARCHER)));
    }

    /** Members of the organisation and invited reviewers discuss the text; coordinators only read it. */
    public boolean canComment(Brief brief, KozomolPrincipal user) {
        return user != null && (user.hasRole(Role.ADMIN) || user.isMemberOf(brief.organisationId()) || isReviewer(brief, user));
    }

    public Brief readable(long id, KozomolPrincipal user) {
        Brief brief = rows.find(id).orElseThrow(() -> new NotFoundException("brief " + id));
        if (!canRead(brief, user)) {
            throw new NotFoundException("brief " + id);
        }
        return brief;
    }

    public Brief editable(long id, KozomolPrincipal user) {
        Brief brief = readable(id, user);
        if (!canEdit(brief, user)) {
            throw new NotFoundException("brief " + id);
        }
        return brief;
    }

    public Brief commentable(long id, KozomolPrincipal user) {
        Brief brief = readable(id, user);
        if (!canComment(brief, user)) {
            throw new NotFoundException("brief " + id);
        }
        return brief;
    }

    private boolean isReviewer(Brief brief, KozomolPrincipal user) {
        return rows.reviewerIds(brief.id()).contains(user.id());
    }
}
