package kg.kozomol.programme;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;

/**
 * Who may change a programme: coordinators and administrators, and the focal points of the body that owns it.
 * Every signed-in user may read the register; a programme the user may not change is refused (403).
 */
@Component
public class ProgrammeAccess {

    private final Programmes programmes;

    ProgrammeAccess(Programmes programmes) {
        this.programmes = programmes;
    }

    public boolean canEdit(Programme programme, KozomolPrincipal user) {
        return user != null && (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN)
                || user.memberships().contains(new Membership(programme.ownerBodyId(), Role.STATE_FOCAL_POINT)));
    }

    public boolean canCreate(KozomolPrincipal user) {
        return user != null && (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN));
    }

    public Programme editable(long id, KozomolPrincipal user) {
        Programme programme = programmes.require(id);
        if (!canEdit(programme, user)) {
            throw new AccessDeniedException("neither a coordinator nor a focal point of the owner body");
        }
        return programme;
    }
}
