package kg.kozomol.qual.refi;

/** A case variable; Kozomol's case attributes are all text variables. */
public record RefiVariable(String guid, String name) {
}
