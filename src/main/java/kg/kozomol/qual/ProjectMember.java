package kg.kozomol.qual;

public record ProjectMember(long userId, String fullName, QualRole role) {}
