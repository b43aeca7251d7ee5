package kg.kozomol.audit;

import java.time.Instant;

/** One line of the audit log as read back for display. */
public record AuditEvent(long id, Instant occurredAt, Long actorId, String actorEmail, String entityType, String entityId,
        AuditAction action, String beforeJson, String afterJson, String clientIp) {}
