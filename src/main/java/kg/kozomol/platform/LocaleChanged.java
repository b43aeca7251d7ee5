package kg.kozomol.platform;

/** A signed-in user switched the interface language; their profile should remember it. */
public record LocaleChanged(long userId, String language) {}
