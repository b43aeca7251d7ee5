package kg.kozomol.qual;

/** A speaker turn or paragraph of a released transcript; offsets in code points. */
public record Unit(int position, String speaker, int startCp, int endCp, String text) {}
