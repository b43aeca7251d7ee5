package kg.kozomol.notify;

/** A plain-text e-mail, already rendered in the recipient's language. */
public record OutgoingMail(String to, String subject, String body) {}
