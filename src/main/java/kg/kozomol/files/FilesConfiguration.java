package kg.kozomol.files;

import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FilesConfiguration {

    /** The local disk is the default; a deployment may declare its own {@link FileStore} bean instead. */
    @Bean
    @ConditionalOnMissingBean(FileStore.class)
    FileStore localDiskFileStore(FilesProperties properties) {
        return new LocalDiskFileStore(Path.of(properties.root()));
    }
}
