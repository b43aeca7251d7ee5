package kg.kozomol.files;

import java.io.InputStream;
import java.util.Set;

/**
 * A file offered for storage.
 *
 * @param purpose what the file is for, e.g. {@code brief-attachment}; {@link FileAccessRule}s match on it
 * @param originalName the name the client gave; only used, sanitised, for display and downloads
 * @param allowedContentTypes types (as sniffed from the bytes) that are accepted
 * @param maxBytes the size limit; 0 or less means the global {@code kozomol.files.max-bytes}
 * @param organisationId the owning organisation, needed for {@link FileVisibility#ORGANISATION}
 */
public record FileUpload(String purpose, String originalName, InputStream content, Set<String> allowedContentTypes,
        long maxBytes, FileVisibility visibility, Long organisationId) {}
