package kg.kozomol.notify;

import java.time.Instant;

/** A row of the mail outbox as the admin page shows it. */
public record OutboxMail(long id, String recipient, String subject, String body, String status, int attempts,
        String lastError, Instant createdAt, Instant sentAt) {}
