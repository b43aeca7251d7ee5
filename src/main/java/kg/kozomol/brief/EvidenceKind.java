package kg.kozomol.brief;

public enum EvidenceKind {
    TABLE,
    ESTIMATE,
    QUOTE,
    PHOTO,
    DOCUMENT,
    LINK
}
