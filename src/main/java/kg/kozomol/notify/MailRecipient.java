package kg.kozomol.notify;

/** Where and how a user's notification e-mail goes. */
public record MailRecipient(long userId, String email, String language, MailFrequency frequency) {}
