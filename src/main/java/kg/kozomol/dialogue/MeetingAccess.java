package kg.kozomol.dialogue;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.NotFoundException;
import kg.kozomol.platform.Role;

/**
 * Who may see and change a meeting. Meetings are not public: the members of the organiser and of the
 * participating organisations see it, anyone else is told it does not exist; only the organiser's researchers
 * and coordinators (and administrators) change it.
 */
@Component
public class MeetingAccess {

    public boolean canView(KozomolPrincipal user, Meeting meeting) {
        return user != null && (user.hasRole(Role.ADMIN) || user.organisationIds().stream().anyMatch(meeting::atTheTable));
    }

    public boolean canManage(KozomolPrincipal user, Meeting meeting) {
        return user != null && mayOrganise(user, meeting.organiserId());
    }

    /** Researchers and coordinators of an organisation organise its meetings. */
    public boolean mayOrganise(KozomolPrincipal user, Long organisationId) {
        return user != null && organisationId != null && (user.hasRole(Role.ADMIN)
                || user.memberships().contains(new Membership(organisationId, Role.RESEARCHER))
                || user.memberships().contains(new Membership(organisationId, Role.COORDINATOR)));
    }

    /** The participating body on whose behalf a focal point comments on the draft minutes, if any. */
    public Optional<Long> commentingBody(KozomolPrincipal user, Meeting meeting) {
        if (user == null) {
            return Optional.empty();
        }
        return meeting.participantIds().stream()
                .filter(body -> user.memberships().contains(new Membership(body, Role.STATE_FOCAL_POINT))).findFirst();
    }

    public Meeting visible(KozomolPrincipal user, Meeting meeting) {
        if (!canView(user, meeting)) {
            throw new NotFoundException("meeting " + meeting.id());
        }
        return meeting;
    }

    public Meeting manageable(KozomolPrincipal user, Meeting meeting) {
        visible(user, meeting);
        if (!canManage(user, meeting)) {
            throw new AccessDeniedException("not an organiser of the meeting");
        }
        return meeting;
    }
}
