package kg.kozomol.programme;

public enum ValueKind {
    TARGET,
    ACTUAL
}
