package kg.kozomol.qual;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.NotFoundException;

/**
 * Who may see a project: its members only; to anyone else (other organisations, administrators) it does not exist
 * (404). Originals, the review queue and the pseudonym map are the lead's alone (403 to coders).
 */
@Component
public class QualAccess {

    private final QualProjects projects;

    QualAccess(QualProjects projects) {
        this.projects = projects;
    }

    public Project member(long projectId, KozomolPrincipal user) {
        Project project = projects.find(projectId).orElseThrow(() -> new NotFoundException("qual_project " + projectId));
        if (user == null || !project.isMember(user.id())) {
            throw new NotFoundException("qual_project " + projectId);
        }
        return project;
    }

    public Project lead(long projectId, KozomolPrincipal user) {
        Project project = member(projectId, user);
        if (!project.isLead(user.id())) {
            throw new AccessDeniedException("only the project lead");
        }
        return project;
    }
}
