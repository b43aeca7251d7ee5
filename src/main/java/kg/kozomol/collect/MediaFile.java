package kg.kozomol.collect;

import java.time.Instant;

/** A media file of a form as the manifest lists it: the exact name the form refers to, and the MD5 of its bytes. */
public record MediaFile(long id, long formId, String name, String contentType, long sizeBytes, String md5, Instant createdAt) {
}
