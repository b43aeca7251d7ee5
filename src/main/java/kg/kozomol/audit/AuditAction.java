package kg.kozomol.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    VIEW,
    LOGIN,
    LOGIN_FAILED,
    LOCKED
}
