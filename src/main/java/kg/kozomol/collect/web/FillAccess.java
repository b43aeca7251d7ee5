package kg.kozomol.collect.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;
import kg.kozomol.study.Study;
import kg.kozomol.study.StudyAccess;

/** Who fills a study's forms on the web: the study team (its researchers and coordinators) and its organisation's field monitors. */
@Component
class FillAccess {

    private final StudyAccess access;

    FillAccess(StudyAccess access) {
        this.access = access;
    }

    boolean canFill(Study study, KozomolPrincipal user) {
        return access.canEdit(study, user)
                || user != null && user.memberships().contains(new Membership(study.organisationId(), Role.FIELD_MONITOR));
    }

    Study fillable(long studyId, KozomolPrincipal user) {
        Study study = access.readable(studyId, user);
        if (!canFill(study, user)) {
            throw new AccessDeniedException("neither the study's team nor a field monitor of its organisation");
        }
        return study;
    }
}
