package kg.kozomol.tracker;

import org.springframework.stereotype.Component;
import kg.kozomol.files.FileAccessRule;
import kg.kozomol.files.StoredFile;
import kg.kozomol.platform.KozomolPrincipal;

/** Letter scans and evidence follow released recommendations: any signed-in user may read them, no anonymous visitor. */
@Component
class TrackerFileAccess implements FileAccessRule {

    @Override
    public boolean supports(StoredFile file) {
        return file.purpose() != null && file.purpose().startsWith("tracker.");
    }

    @Override
    public boolean canRead(StoredFile file, KozomolPrincipal user) {
        return user != null;
    }
}
