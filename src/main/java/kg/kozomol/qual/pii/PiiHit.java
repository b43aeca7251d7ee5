package kg.kozomol.qual.pii;

/** A stretch of text that looks like personal data; offsets are Java char indexes into the text. */
public record PiiHit(int start, int end, PiiKind kind, String text) {}
