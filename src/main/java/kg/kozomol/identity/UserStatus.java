package kg.kozomol.identity;

public enum UserStatus {
    INVITED,
    ACTIVE,
    DISABLED
}
