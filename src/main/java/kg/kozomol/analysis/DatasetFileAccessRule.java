package kg.kozomol.analysis;

import org.springframework.stereotype.Component;
import kg.kozomol.files.FileAccessRule;
import kg.kozomol.files.StoredFile;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Membership;
import kg.kozomol.platform.Role;

/** A dataset file holds respondents' answers: only the researchers and coordinators of its organisation read it. */
@Component
class DatasetFileAccessRule implements FileAccessRule {

    @Override
    public boolean supports(StoredFile file) {
        return Datasets.PURPOSE.equals(file.purpose());
    }

    @Override
    public boolean canRead(StoredFile file, KozomolPrincipal user) {
        return user != null && file.organisationId() != null
                && (user.memberships().contains(new Membership(file.organisationId(), Role.RESEARCHER))
                        || user.memberships().contains(new Membership(file.organisationId(), Role.COORDINATOR)));
    }
}
