package kg.kozomol.collect.review;

import java.util.UUID;

/** A file a submission names; {@code fileId} is null while the phone has not sent it yet. */
public record Attachment(String name, UUID fileId, String contentType) {

    public boolean isImage() {
        return contentType != null && contentType.startsWith("image/");
    }
}
