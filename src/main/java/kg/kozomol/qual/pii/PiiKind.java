package kg.kozomol.qual.pii;

/** What kind of personal data a hit is; it decides the replacement label. */
public enum PiiKind {
    PIN, PHONE, EMAIL, PERSON_NAME, PLACE, INSTITUTION
}
