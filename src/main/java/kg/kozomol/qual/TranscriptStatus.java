package kg.kozomol.qual;

/** REVIEW: pseudonyms still being reviewed, closed to coders; OPEN: pseudonymised text released for coding. */
public enum TranscriptStatus {
    REVIEW,
    OPEN
}
