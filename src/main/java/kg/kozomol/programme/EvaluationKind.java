package kg.kozomol.programme;

public enum EvaluationKind {
    MID_TERM,
    FINAL,
    THEMATIC
}
