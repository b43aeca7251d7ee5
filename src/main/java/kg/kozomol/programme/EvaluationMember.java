package kg.kozomol.programme;

import java.time.Instant;

/** An expert on an evaluation's panel: the declaration, the coordinator's decision, and whether they have submitted. */
public record EvaluationMember(long expertId, String fullName, boolean rapporteur, String declaration, Instant declaredAt,
        CoiDecision decision, String decisionNote, Instant submittedAt, int version) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
