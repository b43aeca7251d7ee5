package kg.kozomol.platform.db;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the embedded PostgreSQL used when no external database is configured.
 *
 * @param dataDirectory where the cluster lives; kept across restarts unless {@code cleanOnStart}
 * @param cleanOnStart wipe the directory first (tests only)
 * @param databaseName database created inside the cluster for Kozomol
 * @param port fixed port, or 0 to pick a free one
 * @param shared one server per JVM for all application contexts, each with its own database (tests)
 * @param durable fsync and synchronous commit on (the default): a commit returns once it is on disk, so what a user or
 *        a phone is told is stored survives a crash. Only tests, which throw their database away, turn it off.
 */
@Validated
@ConfigurationProperties("kozomol.db.embedded")
public record EmbeddedDatabaseProperties(
        @NotBlank String dataDirectory, boolean cleanOnStart, @NotBlank String databaseName, int port,
        boolean shared, Boolean durable) {

    @ConstructorBinding
    public EmbeddedDatabaseProperties {
        if (durable == null) {
            durable = true;
        }
        if (dataDirectory == null || dataDirectory.isBlank()) {
            dataDirectory = "./data/pg";
        }
        if (databaseName == null || databaseName.isBlank()) {
            databaseName = "kozomol";
        }
    }

    public EmbeddedDatabaseProperties(String dataDirectory, boolean cleanOnStart, String databaseName, int port, boolean shared) {
        this(dataDirectory, cleanOnStart, databaseName, port, shared, true);
    }
}
