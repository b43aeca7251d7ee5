package kg.kozomol.files;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;

/** Decides whether a user (or an anonymous visitor) may read a stored file. */
@Service
public class FileAccess {

    private final List<FileAccessRule> rules;

    FileAccess(List<FileAccessRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public boolean canRead(StoredFile file, KozomolPrincipal user) {
        List<FileAccessRule> deciding = rules.stream().filter(rule -> rule.supports(file)).toList();
        if (!deciding.isEmpty()) {
            return deciding.stream().anyMatch(rule -> rule.canRead(file, user));
        }
        return byVisibility(file, user);
    }

    private static boolean byVisibility(StoredFile file, KozomolPrincipal user) {
        if (file.visibility() == FileVisibility.PUBLIC) {
            return true;
        }
        if (user == null) {
            return false;
        }
        if (user.hasRole(Role.ADMIN) || Objects.equals(file.uploadedBy(), user.id())) {
            return true;
        }
        return file.visibility() == FileVisibility.ORGANISATION
                && file.organisationId() != null && user.isMemberOf(file.organisationId());
    }
}
