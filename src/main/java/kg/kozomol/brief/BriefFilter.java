package kg.kozomol.brief;

/** Filters of the list; {@code null} means any. */
public record BriefFilter(BriefStatus status, Long themeId, Long organisationId) {}
