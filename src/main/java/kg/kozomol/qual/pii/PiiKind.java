package kg.kozomol.qual.pii;

/** What kind of personal data a hit is. */
public enum PiiKind {
    PIN,
    PHONE,
    EMAIL,
    PERSON_NAME,
    PLACE,
    INSTITUTION
}
