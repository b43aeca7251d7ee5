package kg.kozomol.study;

/** A reviewer's answer on the current revision of the design. */
public enum Decision {
    PENDING,
    ENDORSED,
    CHANGES_REQUESTED
}
