package kg.kozomol.study;

/** What happened in a study's review. */
public enum EventKind {
    INVITED,
    REVISED,
    ENDORSED,
    CHANGES_REQUESTED,
    STATUS
}
