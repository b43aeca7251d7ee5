package kg.kozomol.files;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A file accepted by {@link StoredFiles}; {@code contentType} was sniffed from its bytes. */
public record StoredFile(UUID id, String purpose, String originalName, String contentType, long sizeBytes,
        String sha256, String storageKey, FileVisibility visibility, Long organisationId, Long uploadedBy,
        Instant createdAt) {

    private static final Set<String> INLINE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    /** Only raster images that browsers cannot run as code are shown inline; everything else downloads. */
    public boolean inline() {
        return INLINE_TYPES.contains(contentType);
    }
}
