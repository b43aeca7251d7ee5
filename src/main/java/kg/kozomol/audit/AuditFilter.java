package kg.kozomol.audit;

import java.time.LocalDate;

/** What the admin narrows the log to; every part is optional. */
public record AuditFilter(String actor, String entityType, String entityId, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
