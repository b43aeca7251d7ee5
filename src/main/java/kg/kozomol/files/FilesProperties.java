package kg.kozomol.files;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param root directory of the local disk store
 * @param maxBytes size limit for uploads that do not set their own
 */
@Validated
@ConfigurationProperties("kozomol.files")
record FilesProperties(@NotBlank String root, @Positive long maxBytes) {

    FilesProperties {
        if (root == null || root.isBlank()) {
            root = "./data/files";
        }
        if (maxBytes <= 0) {
            maxBytes = 20L * 1024 * 1024;
        }
    }
}
