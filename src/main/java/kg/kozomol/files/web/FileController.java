package kg.kozomol.files.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import kg.kozomol.files.FileAccess;
import kg.kozomol.files.FileVisibility;
import kg.kozomol.files.StoredFile;
import kg.kozomol.files.StoredFiles;
import kg.kozomol.platform.CurrentUser;
import kg.kozomol.platform.NotFoundException;

/** Sends a stored file to whoever may read it; everyone else is told it does not exist. */
@Controller
class FileController {

    private final StoredFiles files;
    private final FileAccess access;

    FileController(StoredFiles files, FileAccess access) {
        this.files = files;
        this.access = access;
    }

    @GetMapping("/files/{id}")
    ResponseEntity<Resource> download(@PathVariable String id) throws IOException {
        StoredFile file = parse(id).flatMap(files::find)
                .filter(f -> access.canRead(f, CurrentUser.get().orElse(null)))
                .orElseThrow(() -> new NotFoundException("file " + id));
        InputStream content;
        try {
            content = files.open(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new NotFoundException("bytes of file " + id);
        }
        ContentDisposition disposition = (file.inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.originalName(), StandardCharsets.UTF_8).build();
        CacheControl cache = file.visibility() == FileVisibility.PUBLIC
                ? CacheControl.maxAge(Duration.ofHours(1)).cachePublic()
                : CacheControl.noStore().cachePrivate();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.sizeBytes())
                .cacheControl(cache)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
