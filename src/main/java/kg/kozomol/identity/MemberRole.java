package kg.kozomol.identity;

import kg.kozomol.platform.Role;

/** A membership with the organisation's display data, for lists. */
public record MemberRole(long userId, long organisationId, String organisationName, OrganisationKind kind, Role role) {}
