package kg.kozomol.collect.review;

/** Where a submission stands in review; a new one is RECEIVED. */
public enum ReviewState {
    RECEIVED, APPROVED, HAS_ISSUES, REJECTED;

    /** Rejecting or flagging a submission without saying why helps nobody in the field. */
    public boolean needsComment() {
        return this == HAS_ISSUES || this == REJECTED;
    }
}
