package kg.kozomol.qual.refi;

/** A code applied to a selection, by a user (guid or null). */
public record RefiCoding(String guid, String codeGuid, String userGuid) {
}
