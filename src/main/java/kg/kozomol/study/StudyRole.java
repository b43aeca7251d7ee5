package kg.kozomol.study;

/** A person's part in a study's team. */
public enum StudyRole {
    LEAD,
    MEMBER
}
