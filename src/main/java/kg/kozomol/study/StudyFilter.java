package kg.kozomol.study;

/** Filters of the list; {@code null} means any. */
public record StudyFilter(StudyStatus status, Long themeId, Long organisationId) {}
