package kg.kozomol.support;

import kg.kozomol.files.FileAccessRule;
import kg.kozomol.files.StoredFile;
import kg.kozomol.platform.KozomolPrincipal;
import kg.kozomol.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A feature-style access rule for tests; it only decides for files of the {@code test.experts-only} purpose. */
@Configuration(proxyBeanMethods = false)
public class TestFileAccessRules {

    public static final String EXPERTS_ONLY = "test.experts-only";

    @Bean
    FileAccessRule expertsOnlyRule() {
        return new FileAccessRule() {
            @Override
            public boolean supports(StoredFile file) {
                return EXPERTS_ONLY.equals(file.purpose());
            }

            @Override
            public boolean canRead(StoredFile file, KozomolPrincipal user) {
                return user != null && user.hasRole(Role.EXPERT);
            }
        };
    }
}
