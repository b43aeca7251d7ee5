package kg.kozomol.qual;

public enum HitStatus {
    PENDING,
    ACCEPTED,
    REJECTED
}
