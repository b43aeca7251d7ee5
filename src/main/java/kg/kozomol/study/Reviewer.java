package kg.kozomol.study;

import java.time.Instant;

/**
 * Invited to review a study: a state body (any of its focal points decides for it) or an independent expert.
 *
 * @param expertName the expert's name; null for a body, whose name the page looks up in the reader's language
 * @param decisionRevision the revision of the design the decision was made on
 */
public record Reviewer(long id, long studyId, Long organisationId, Long userId, String expertName, Decision decision,
        Integer decisionRevision, String decidedByName, Instant decidedAt, Instant invitedAt) {

    public boolean body() {
        return organisationId != null;
    }
}
