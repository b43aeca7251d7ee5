package kg.kozomol.qual.refi;

/**
 * A memo. {@code targetGuid} is the code, source or selection it is attached to (a {@code NoteRef} there), or null
 * for a note on the project as a whole.
 */
public record RefiNote(String guid, String name, String text, String userGuid, String targetGuid) {
}
