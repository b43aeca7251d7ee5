package kg.kozomol.study;

/** A user of the organisation working on the study. */
public record TeamMember(long userId, String fullName, StudyRole role) {}
