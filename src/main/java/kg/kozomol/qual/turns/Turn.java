package kg.kozomol.qual.turns;

/** One speaker's turn; offsets are Java char indexes into the text. */
public record Turn(String speaker, int start, int end) {}
