package kg.kozomol.notify;

/** How a user wants notifications by e-mail: each one as it happens, one daily digest, or none. */
public enum MailFrequency { EACH, DAILY, NONE }
