package kg.kozomol.identity;

import kg.kozomol.platform.Role;

/** An admin asks a person to join: the account is created inactive and a one-time link is e-mailed. */
public record Invitation(String email, String fullName, long organisationId, Role role, String language) {}
