package kg.kozomol.qual;

public enum InterviewKind {
    INTERVIEW,
    FOCUS_GROUP
}
