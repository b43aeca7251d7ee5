package kg.kozomol.qual.pii;

/**
 * What kind of personal data a hit is; it decides the replacement label. Exposed to other modules as part of the review
 * API (a hit's kind, a fragment added by hand).
 */
@org.springframework.modulith.NamedInterface("pii-kind")
public enum PiiKind {
    PIN, PHONE, EMAIL, PERSON_NAME, PLACE, INSTITUTION
}
