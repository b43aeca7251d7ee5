package kg.kozomol.tracker;

import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import kg.kozomol.files.FileRejectedException;
import kg.kozomol.files.FileUpload;
import kg.kozomol.files.FileVisibility;
import kg.kozomol.files.StoredFiles;

/** Letter scans and evidence: PDF, JPEG or PNG, kept with the organisation that uploaded them. */
@Component
public class TrackerFiles {

    public static final Set<String> TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final StoredFiles files;

    TrackerFiles(StoredFiles files) {
        this.files = files;
    }

    /** Fixes the purpose, types and limits whatever the caller passed; returns null when there is no file. */
    UUID store(FileUpload upload, String purpose, long organisationId, String field) {
        if (upload == null) {
            return null;
        }
        try {
            return files.store(new FileUpload(purpose, upload.originalName(), upload.content(), TYPES, MAX_BYTES,
                    FileVisibility.ORGANISATION, organisationId)).id();
        } catch (FileRejectedException e) {
            throw new TrackerUploadException(field, e);
        }
    }
}
