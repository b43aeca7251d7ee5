package kg.kozomol.tracker;

/** A body's own position on a recommendation (DOMAIN.md, "Recommendation lifecycle"). */
public enum Position {
    ACCEPTED,
    PARTIALLY_ACCEPTED,
    NOTED,
    REJECTED,
    CLAIMED_IMPLEMENTED,
    REDIRECTED,
    /** Set only by the deadline job, never chosen by a body. */
    NO_RESPONSE;

    public boolean requiresReasoning() {
        return this != ACCEPTED && this != NO_RESPONSE;
    }

    public boolean requiresEvidence() {
        return this == CLAIMED_IMPLEMENTED;
    }

    public boolean choosable() {
        return this != NO_RESPONSE;
    }
}
