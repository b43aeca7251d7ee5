package kg.kozomol.identity.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import kg.kozomol.files.FileRejectedException;
import kg.kozomol.files.FileUpload;
import kg.kozomol.files.FileVisibility;
import kg.kozomol.files.StoredFile;
import kg.kozomol.files.StoredFiles;
import kg.kozomol.identity.Organisations;

/** Stores an organisation's logo (a small public image) and points the organisation at it. */
@Component
class OrganisationLogos {

    static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/webp");
    static final long MAX_BYTES = 2 * 1024 * 1024;

    /** The result for the page: a message key with its arguments. */
    record Outcome(boolean ok, String messageKey, Object[] args) {}

    private final StoredFiles files;
    private final Organisations organisations;

    OrganisationLogos(StoredFiles files, Organisations organisations) {
        this.files = files;
        this.organisations = organisations;
    }

    @Transactional
    Outcome replace(long organisationId, MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            return new Outcome(false, "identity.logo.missing", new Object[0]);
        }
        try (InputStream content = upload.getInputStream()) {
            StoredFile file = files.store(new FileUpload("organisation.logo", upload.getOriginalFilename() == null
                    ? "logo" : upload.getOriginalFilename(), content, IMAGE_TYPES, MAX_BYTES, FileVisibility.PUBLIC, organisationId));
            organisations.setLogo(organisationId, file.id());
            return new Outcome(true, "identity.logo.saved", new Object[0]);
        } catch (FileRejectedException e) {
            return new Outcome(false, e.messageKey(), e.args());
        } catch (IOException e) {
            return new Outcome(false, "identity.logo.unreadable", new Object[0]);
        }
    }
}
