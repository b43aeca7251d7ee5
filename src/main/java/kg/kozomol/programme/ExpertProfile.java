package kg.kozomol.programme;

/** What an expert brings to a panel; {@code version} is -1 for a profile not yet written. */
public record ExpertProfile(long userId, String expertise, String languages, String affiliations, int version) {}
