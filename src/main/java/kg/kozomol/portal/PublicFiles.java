package kg.kozomol.portal;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import kg.kozomol.files.FileAccess;
import kg.kozomol.files.StoredFile;
import kg.kozomol.files.StoredFiles;

/** Which attached files a page may link to: only those the files module lets an anonymous visitor read. */
@Component
class PublicFiles {

    private final StoredFiles files;
    private final FileAccess access;

    PublicFiles(StoredFiles files, FileAccess access) {
        this.files = files;
        this.access = access;
    }

    Optional<PublicFile> readable(UUID id) {
        return Optional.ofNullable(id).flatMap(files::find).filter(f -> access.canRead(f, null)).map(PublicFiles::describe);
    }

    /** The ids among these that may be linked; a page has few files, each checked by its own rules. */
    java.util.Set<UUID> readable(Collection<UUID> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().filter(id -> readable(id).isPresent())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    UUID keepIfReadable(UUID id, java.util.Set<UUID> readable) {
        return id != null && readable.contains(id) ? id : null;
    }

    private static PublicFile describe(StoredFile file) {
        return new PublicFile(file.id(), file.originalName(), file.contentType(), file.sizeBytes());
    }
}
