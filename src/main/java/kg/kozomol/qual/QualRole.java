package kg.kozomol.qual;

/** The lead reviews pseudonyms and alone sees originals; coders code the pseudonymised text. */
public enum QualRole {
    LEAD,
    CODER
}
