package kg.kozomol.identity;

public enum AccountTokenPurpose {
    INVITATION,
    PASSWORD_RESET
}
