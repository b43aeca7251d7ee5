package kg.kozomol.qual.refi;

/** A person who coded. */
public record RefiUser(String guid, String name) {
}
