package kg.kozomol.qual;

import java.util.List;

/** A qualitative project of a study, with its team. */
public record Project(long id, long studyId, long organisationId, String title, List<ProjectMember> members, int version) {

    public boolean isLead(long userId) {
        return members.stream().anyMatch(m -> m.userId() == userId && m.role() == QualRole.LEAD);
    }

    public boolean isMember(long userId) {
        return members.stream().anyMatch(m -> m.userId() == userId);
    }
}
