package kg.kozomol.platform;

import java.io.Serializable;

/** A user's role in one organisation. */
public record Membership(long organisationId, Role role) implements Serializable {}
