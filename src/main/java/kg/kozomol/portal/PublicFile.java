package kg.kozomol.portal;

import java.util.UUID;

/** A stored file the file access rules let anyone read, served at {@code /files/{id}}. */
public record PublicFile(UUID id, String name, String contentType, long sizeBytes) {

    public String path() {
        return "/files/" + id;
    }
}
